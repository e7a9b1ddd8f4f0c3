package io.typedclient.reliability.hostile;

import static com.google.common.truth.Truth.assertWithMessage;

import io.typedclient.okta.CreateSessionRequest;
import io.typedclient.okta.OktaSessions;
import io.typedclient.okta.SessionApiClient;
import io.typedclient.reliability.secrets.Exposure;
import io.typedclient.reliability.support.Outcome;
import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.JdkHttpTransport;
import io.typedclient.runtime.UrlConnectionTransport;
import io.typedclient.runtime.conformance.HostileServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A server that echoes what the client sent (the API or access token, the session token, the cookie, a session or
 * user id) in the places a client builds text from: {@code X-Okta-Request-Id}, Okta's {@code errorId},
 * {@code errorSummary} and {@code errorCauses}, the status line's reason phrase, a status line the JDK cannot parse
 * (and quotes), and a JSON key that ends up in a decoding error's path. The secret must not appear in the exception
 * a call ends with: its message, its {@code toString}, and its whole stack trace with every cause (issue 20, item
 * 7). Every call on both transports, blocking and asynchronous; the global secrets audit sees the outcomes and the
 * log records too.
 */
@Timeout(120)
class EchoedSecretsTest {
  static final String API_TOKEN = "00hostileAPItoken0123456789abcdef";
  static final String ACCESS_TOKEN = "eyJhostileACCESStoken.0123456789.sig";
  static final String SESSION_TOKEN = "20111hostileSessionToken0123456789";
  static final String COOKIE_SID = "102hostileCookieSid0123456789";
  static final String SESSION_ID = "102hostileSessionId0123456789";
  static final String USER_ID = "00uhostileUserId0123456789";

  /** Where the server puts the secret it was sent: the whole answer, given the secret. */
  enum Echo {
    REQUEST_ID(secret -> answer("404 Not Found", "X-Okta-Request-Id: " + secret + "\r\n",
        oktaError("E0000007", "Not found", "oae404", ""))),
    ERROR_ID(secret -> answer("404 Not Found", "", oktaError("E0000007", "Not found", secret, ""))),
    ERROR_SUMMARY(secret -> answer("404 Not Found", "",
        oktaError("E0000007", "Not found: Resource not found: " + secret + " (Session)", "oae404", ""))),
    ERROR_CAUSES(secret -> answer("400 Bad Request", "", oktaError("E0000001", "Api validation failed", "oae400",
        ",\"errorCauses\":[{\"errorSummary\":\"bad value " + secret + "\"}]"))),
    REASON_PHRASE(secret -> answer("404 " + secret, "", "{}")),
    // A status code that is not one: the JDK quotes the whole line in its ProtocolException.
    BROKEN_STATUS_LINE(secret -> "HTTP/1.1 OK " + secret + "\r\nContent-Length: 0\r\n\r\n"),
    JSON_KEY(secret -> answer("200 OK", "", "{\"id\":\"102abc\",\"_links\":{\"" + secret + "\":5}}"));

    private final Function<String, String> answer;

    Echo(Function<String, String> answer) {
      this.answer = answer;
    }

    String responseFor(String secret) {
      return answer.apply(secret);
    }
  }

  /** A call that sends one secret, and that secret. */
  static final class Call {
    final String name;
    final String secret;
    final boolean bearer;
    final Function<SessionApiClient, Callable<?>> blocking;
    final Function<SessionApiClient, Callable<? extends java.util.concurrent.CompletableFuture<?>>> async;

    Call(String name, String secret, boolean bearer, Function<SessionApiClient, Callable<?>> blocking,
        Function<SessionApiClient, Callable<? extends java.util.concurrent.CompletableFuture<?>>> async) {
      this.name = name;
      this.secret = secret;
      this.bearer = bearer;
      this.blocking = blocking;
      this.async = async;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static List<Call> calls() {
    return List.of(
        new Call("API token, getSession", API_TOKEN, false,
            api -> () -> api.getSession(SESSION_ID), api -> () -> api.getSessionAsync(SESSION_ID)),
        new Call("access token, getSession", ACCESS_TOKEN, true,
            api -> () -> api.getSession(SESSION_ID), api -> () -> api.getSessionAsync(SESSION_ID)),
        new Call("session id, getSession", SESSION_ID, false,
            api -> () -> api.getSession(SESSION_ID), api -> () -> api.getSessionAsync(SESSION_ID)),
        new Call("session token, createSession", SESSION_TOKEN, false,
            api -> () -> api.createSession(CreateSessionRequest.of(SESSION_TOKEN)),
            api -> () -> api.createSessionAsync(CreateSessionRequest.of(SESSION_TOKEN))),
        new Call("cookie, getCurrentSession", COOKIE_SID, false,
            api -> () -> api.getCurrentSession("sid=" + COOKIE_SID),
            api -> () -> api.getCurrentSessionAsync("sid=" + COOKIE_SID)),
        new Call("user id, revokeUserSessions", USER_ID, false,
            api -> () -> {
              api.revokeUserSessions(USER_ID, null, null);
              return null;
            },
            api -> () -> api.revokeUserSessionsAsync(USER_ID, null, null)));
  }

  static Stream<Arguments> echoes() {
    List<Arguments> arguments = new ArrayList<>();
    for (Echo echo : Echo.values()) {
      for (Call call : calls()) {
        arguments.add(Arguments.of(echo, call));
      }
    }
    return arguments.stream();
  }

  @ParameterizedTest(name = "{0} echoes the {1}")
  @MethodSource("echoes")
  void anEchoedSecretReachesNoExceptionNorItsCauses(Echo echo, Call call) {
    for (String secret : List.of(API_TOKEN, ACCESS_TOKEN, SESSION_TOKEN, COOKIE_SID, SESSION_ID, USER_ID)) {
      Exposure.global().secret(secret, "secret echoed by a hostile server");
    }
    try (HostileServer server = HostileServer.start(connection -> {
      while (true) {
        connection.readRequest();
        connection.send(echo.responseFor(call.secret));
      }
    })) {
      for (Named<Supplier<HttpTransport>> transport : transports()) {
        try (HttpTransport opened = transport.getPayload().get();
            SessionApiClient api = client(server, opened, call.bearer)) {
          Outcome blocking = Outcome.of(call.blocking.apply(api));
          Outcome async = Outcome.ofAsync(call.async.apply(api), 10);
          for (Outcome outcome : List.of(blocking, async)) {
            Throwable failure = outcome.failure();
            if (failure == null) {
              continue; // a Void call that took the broken answer as done: nothing was built from it
            }
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            for (String text : List.of(String.valueOf(failure.getMessage()), failure.toString(), trace.toString())) {
              assertWithMessage("%s on %s: %s", echo, transport.getName(), text)
                  .that(text).doesNotContain(call.secret);
            }
          }
        }
      }
    }
  }

  private static List<Named<Supplier<HttpTransport>>> transports() {
    return List.of(
        Named.of("JdkHttpTransport", () -> JdkHttpTransport.create()),
        Named.of("UrlConnectionTransport", () -> UrlConnectionTransport.create()));
  }

  private static SessionApiClient client(HostileServer server, HttpTransport transport, boolean bearer) {
    OktaSessions.Builder builder = OktaSessions.builder()
        .orgUrl(server.uri("").toString())
        .transport(transport)
        .maxRetries(0)
        .requestTimeout(Duration.ofSeconds(5));
    return bearer ? builder.accessToken(() -> ACCESS_TOKEN).build() : builder.apiToken(API_TOKEN).build();
  }

  private static String oktaError(String code, String summary, String errorId, String more) {
    return "{\"errorCode\":\"" + code + "\",\"errorSummary\":\"" + summary + "\",\"errorLink\":\"" + code
        + "\",\"errorId\":\"" + errorId + "\"" + more + "}";
  }

  private static String answer(String status, String headers, String body) {
    return "HTTP/1.1 " + status + "\r\n" + headers + "Content-Type: application/json\r\nContent-Length: "
        + body.length() + "\r\n\r\n" + body;
  }
}
