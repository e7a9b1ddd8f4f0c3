package io.typedclient.runtime;

import static com.google.common.truth.Truth.assertThat;
import static java.util.Collections.singletonList;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The no-proxy list, read as curl reads {@code NO_PROXY}. */
final class NoProxyListTest {
  @ParameterizedTest(name = "{0} vs {1}: {2}")
  @CsvSource({
      "example.com, example.com, true",
      "example.com, api.example.com, true",
      "example.com, API.Example.COM., true",
      "example.com, notexample.com, false",
      "example.com, example.com.evil.test, false",
      ".example.com, example.com, true",
      ".example.com, a.b.example.com, true",
      "*.example.com, api.example.com, true",
      "*.example.com, example.org, false",
      "'localhost,.corp.example', intranet.corp.example, true",
      "'localhost , .corp.example', localhost, true",
      "*, anything.at.all, true",
      "'a.test,*', 10.1.2.3, true",
      "10.1.2.3, 10.1.2.3, true",
      "10.1.2.3, 10.1.2.4, false",
      "10.0.0.0/8, 10.200.3.4, true",
      "10.0.0.0/8, 11.0.0.1, false",
      "192.168.0.0/16, 192.168.77.1, true",
      "172.16.0.0/12, 172.31.255.255, true",
      "172.16.0.0/12, 172.32.0.1, false",
      "10.0.0.0/8, 10.example.com, false",
      "::1, [::1], true",
      "[::1], ::1, true",
      "fd00::/8, [fd12:3456::1], true",
      "fd00::/8, [fe80::1], false",
      "example.com, 93.184.216.34, false",
      "example.com:8443, api.example.com, true",
      "10.1.2.3:80, 10.1.2.3, true",
      "[::1]:8080, [::1], true",
      "'localhost,127.0.0.1,.svc,.cluster.local,169.254.169.254,172.30.0.0/16', kubernetes.default.svc, true",
  })
  void matchesAsCurlDoes(String list, String host, boolean direct) {
    assertThat(NoProxyList.parse(singletonList(list)).matches(host)).isEqualTo(direct);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", ",", " , ,"})
  void anEmptyListMatchesNothing(String list) {
    NoProxyList parsed = NoProxyList.parse(singletonList(list));

    assertThat(parsed.isEmpty()).isTrue();
    assertThat(parsed.matches("example.com")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ex@mple.com", "10.0.0.0/33", "host.test/8", "::1/129", "a..b", "http://example.com"})
  void refusesWhatIsNoHostAddressOrBlock(String entry) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NoProxyList.parse(singletonList("ok.test," + entry)));

    assertThat(e).hasMessageThat().contains("\"" + entry + "\"");
  }
}
