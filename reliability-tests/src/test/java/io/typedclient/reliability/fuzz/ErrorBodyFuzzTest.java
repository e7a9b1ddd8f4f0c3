package io.typedclient.reliability.fuzz;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.typedclient.fuzz.JsonMutator;
import io.typedclient.fuzz.JsonTree.Literal;
import io.typedclient.fuzz.JsonTree.Member;
import io.typedclient.fuzz.JsonTree.Obj;
import io.typedclient.fuzz.JsonTree;
import io.typedclient.okta.OktaApiException;
import io.typedclient.reliability.support.Outcome;
import io.typedclient.runtime.HttpHeaders;
import io.typedclient.runtime.HttpStatusException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Error answers with any body at all (mutated Okta errors, HTML, garbage, deep nesting, huge or empty bodies) and
 * any error status: the caller always gets exactly an {@link OktaApiException} with the status, a one-line
 * bounded message and a bounded excerpt, and the error mapper never throws (if it did, the runtime would fall back
 * to a plain {@link HttpStatusException} with the mapper's exception suppressed). Valid error bodies with any
 * field values are read exactly.
 *
 * <p>The tries below add up to 4,500 cases per run.
 */
class ErrorBodyFuzzTest {
  private static final int[] STATUSES = {400, 401, 403, 404, 405, 409, 410, 413, 415, 422, 429, 500, 501, 502, 503,
      504, 599, 300, 301, 302, 303, 304, 307, 308, 418, 451, 100, 199, 600, 999};

  private static FuzzClient client;

  @BeforeContainer
  static void start() {
    client = new FuzzClient();
  }

  @AfterContainer
  static void stop() {
    client.close();
  }

  @Property(tries = 2500)
  void anyBodyWithAnErrorStatusIsAnOktaApiException(@ForAll long seed) {
    Random random = new Random(seed);
    JsonMutator mutator = mutator(random);
    String example = Examples.ERRORS.get(random.nextInt(Examples.ERRORS.size()));
    byte[] body;
    switch (random.nextInt(10)) {
      case 0:
        body = mutator.garbage(300);
        break;
      case 1:
        body = mutator.deeplyNested(1 + random.nextInt(5000)).getBytes(StandardCharsets.UTF_8);
        break;
      case 2:
        body = ("<html><body>" + "x".repeat(random.nextInt(10_000)) + "</body></html>").getBytes(StandardCharsets.UTF_8);
        break;
      case 3:
        body = new byte[0];
        break;
      case 4:
        body = ("{\"errorSummary\":\"" + "é\\n\\u0000".repeat(random.nextInt(3_000)) + "\"}").getBytes(StandardCharsets.UTF_8);
        break;
      case 5:
      case 6:
        body = mutator.mutateBytes(example);
        break;
      default:
        body = mutator.mutateStructure(example).getBytes(StandardCharsets.UTF_8);
    }
    int status = STATUSES[random.nextInt(STATUSES.length)];
    if (status < 300 || status > 599) {
      // Not an error status: only the statuses a server may answer an error with are mapped.
      status = 400 + random.nextInt(200);
    }
    OktaApiException e = call(random, status, body);
    assertWithMessage("status").that(e.status()).isEqualTo(status);
  }

  @Property(tries = 1000)
  void validErrorBodiesAreReadExactly(@ForAll long seed) {
    Random random = new Random(seed);
    String code = text(random);
    String summary = text(random);
    String link = text(random);
    String errorId = text(random);
    List<String> causes = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      causes.add(text(random));
    }
    Obj error = new Obj();
    error.members.add(new Member("errorCode", JsonTree.string(code)));
    error.members.add(new Member("errorSummary", JsonTree.string(summary)));
    error.members.add(new Member("errorLink", JsonTree.string(link)));
    error.members.add(new Member("errorId", JsonTree.string(errorId)));
    List<Object> causeObjects = new ArrayList<>();
    for (String cause : causes) {
      Obj object = new Obj();
      object.members.add(new Member("errorSummary", JsonTree.string(cause)));
      object.members.add(new Member("reason", new Literal("null")));
      causeObjects.add(object);
    }
    error.members.add(new Member("errorCauses", causeObjects));
    error.members.add(new Member("unknown", JsonTree.string(text(random))));
    int status = 400 + random.nextInt(200);

    OktaApiException e = call(random, status, JsonTree.write(error).getBytes(StandardCharsets.UTF_8));
    assertThat(e.errorCode()).isEqualTo(code);
    assertThat(e.errorSummary()).isEqualTo(summary);
    assertThat(e.errorLink()).isEqualTo(link);
    assertThat(e.errorId()).isEqualTo(errorId);
    assertThat(e.errorCauses()).containsExactlyElementsIn(causes).inOrder();
  }

  @Property(tries = 1000)
  void oddResponseHeadersNeverBreakTheError(@ForAll long seed) {
    Random random = new Random(seed);
    List<String> headers = new ArrayList<>(List.of("Content-Type", "application/json"));
    String[] names = {"X-Okta-Request-Id", "X-Rate-Limit-Limit", "X-Rate-Limit-Remaining", "X-Rate-Limit-Reset",
        "Date", "Retry-After", "Content-Type"};
    String[] values = {"", " ", "-1", "0", "1e3", "99999999999999999999", "1767607230", "abc", "Mon, 05 Jan 2026 10:00:30 GMT",
        "Mon, 32 Foo 2026", "\t", "é", "x".repeat(500)};
    for (int i = random.nextInt(8); i > 0; i--) {
      headers.add(names[random.nextInt(names.length)]);
      headers.add(values[random.nextInt(values.length)]);
    }
    int status = random.nextBoolean() ? 429 : 400 + random.nextInt(200);
    client.transport.answer(status, HttpHeaders.of(headers.toArray(new String[0])),
        Examples.ERRORS.get(random.nextInt(Examples.ERRORS.size())).getBytes(StandardCharsets.UTF_8));
    OktaApiException e = expectOktaApiException(client.callReturningSession(random), "headers " + headers);
    assertThat(e.status()).isEqualTo(status);
    assertThat(e.rateLimit()).isNotNull();
    assertThat(e.rateLimit().toString()).isNotNull();
  }

  /** One case: the answer through one call; it must be exactly an OktaApiException, bounded and on one line. */
  private static OktaApiException call(Random random, int status, byte[] body) {
    List<String> headers = new ArrayList<>(List.of("X-Okta-Request-Id", "reqFuzzError1"));
    if (random.nextBoolean()) {
      headers.add("Content-Type");
      headers.add(random.nextBoolean() ? "application/json" : "text/html; charset=utf-8");
    }
    client.transport.answer(status, HttpHeaders.of(headers.toArray(new String[0])), body);
    return expectOktaApiException(client.callReturningSession(random), Base64.getEncoder().encodeToString(body));
  }

  private static OktaApiException expectOktaApiException(Outcome outcome, String input) {
    assertWithMessage("the asynchronous form wrapped its exception").that(outcome.isWrapped()).isFalse();
    Throwable failure = outcome.failure();
    if (failure == null || failure.getClass() != OktaApiException.class) {
      throw new AssertionError("expected exactly an OktaApiException for " + input + ", got " + outcome, failure);
    }
    if (failure.getSuppressed().length > 0) {
      throw new AssertionError("the error mapper threw for " + input, failure.getSuppressed()[0]);
    }
    OktaApiException e = (OktaApiException) failure;
    String message = e.getMessage();
    assertWithMessage("one line").that(message.indexOf('\n') < 0 && message.indexOf('\r') < 0).isTrue();
    assertWithMessage("a bounded message").that(message.length()).isAtMost(700);
    assertWithMessage("a bounded excerpt").that(e.bodyExcerpt().length()).isAtMost(HttpStatusException.MAX_EXCERPT_CHARS + 1);
    assertThat(e.errorCauses()).isNotNull();
    assertThat(e.toString()).isNotEmpty();
    return e;
  }

  private static String text(Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(30); i > 0; i--) {
      int kind = random.nextInt(5);
      if (kind == 0) {
        text.appendCodePoint(0x1F300 + random.nextInt(200));
      } else if (kind == 1) {
        char c = (char) random.nextInt(0xD800);
        text.append(c);
      } else {
        text.append((char) (0x20 + random.nextInt(0x5f)));
      }
    }
    return text.toString();
  }

  /** The shared mutator, renaming and adding Okta's property names. */
  private static JsonMutator mutator(Random random) {
    return new JsonMutator(random, Examples.PROPERTY_NAMES);
  }
}
