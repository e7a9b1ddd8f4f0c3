package io.typedclient.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compile-time header checks agree with what the runtime refuses. */
class HeaderSyntaxTest {
  private static final List<String> NAMES = List.of(
      "Host", "content-length", "Transfer-Encoding", "Connection", "Keep-Alive", "Proxy-Connection", "Upgrade",
      "TE", "Trailer", "Expect", "Accept", "Authorization", "Cookie", "X-Okta-Request-Id", "Content-Type",
      "User-Agent", "Hosts", "X-Host", "Range");

  @Test
  void refusesExactlyTheHeadersTheTransportsRefuse() throws Exception {
    Class<?> restricted = Class.forName("io.typedclient.runtime.RestrictedHeaders");
    Method check = restricted.getDeclaredMethod("check", String.class);
    check.setAccessible(true);
    for (String name : NAMES) {
      boolean runtimeRefuses;
      try {
        check.invoke(null, name);
        runtimeRefuses = false;
      } catch (InvocationTargetException e) {
        assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class);
        runtimeRefuses = true;
      }
      assertWithMessage("compile-time refusal of %s", name)
          .that(HeaderSyntax.nameProblem(name) != null)
          .isEqualTo(runtimeRefuses);
    }
  }

  @Test
  void literalValuesThatCompileAreAcceptedByTheRuntime() throws Exception {
    Method checkValue =
        io.typedclient.runtime.HttpHeaders.class.getDeclaredMethod("checkValue", String.class, String.class);
    checkValue.setAccessible(true);
    for (char c = 0; c < 0x200; c++) {
      String value = "a" + c + "b";
      if (HeaderSyntax.valueProblem(value) == null) {
        checkValue.invoke(null, "X-Test", value);
      }
    }
    assertThat(HeaderSyntax.valueProblem("a\u0080b")).isNotNull();
    assertThrows(InvocationTargetException.class, () -> checkValue.invoke(null, "X-Test", "a\nb"));
  }
}
