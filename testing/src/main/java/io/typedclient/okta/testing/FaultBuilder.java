package io.typedclient.okta.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Chooses what happens to the requests a {@link Faults} selection picked; every terminal method arms the fault
 * at once and returns it. Immutable: {@link #times(int)} returns a new builder.
 *
 * <p>Two kinds of fault. <b>Stand-ins</b> answer instead of the org: the request never reaches it (no session is
 * created or ended, no rate-limit budget is spent): {@link #respond(int)}, {@link #respondWith}, {@link
 * #respondHtml}, {@link #tooManyRequests()}, {@link #redirect}, {@link #closeConnection()}. <b>Damage</b> lets
 * the org answer (state changes happen, as when a real response is lost on the way back) and then spoils the
 * answer: {@link #delay}, {@link #closeConnectionMidBody()}, {@link #truncatedJson()}, {@link #malformedJson()},
 * {@link #emptyBody()}, {@link #oversizedBody(long)}, {@link #withoutHeaders}, {@link #withHeader}.
 */
public final class FaultBuilder {
  private final FaultRules rules;
  private final String selection;
  private final Predicate<RecordedRequest> selector;
  /** Negative: every selected request, until cancelled. */
  private final int times;

  FaultBuilder(FaultRules rules, String selection, Predicate<RecordedRequest> selector, int times) {
    this.rules = rules;
    this.selection = selection;
    this.selector = selector;
    this.times = times;
  }

  /** Strikes only the first {@code count} selected requests, then is spent. */
  public FaultBuilder times(int count) {
    requirePositive(count, "count");
    return new FaultBuilder(rules, selection, selector, count);
  }

  /** The org answers, but the answer leaves {@code delay} later (for client timeouts). */
  public Fault delay(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative: " + delay);
    }
    return arm("delay " + delay, FaultActions.delay(delay));
  }

  /**
   * Answers {@code status} with the Okta error body Okta gives for it ({@code 503}: {@code E0000010}, {@code
   * 500}: {@code E0000009}, {@code 429}: {@code E0000047}, {@code 404}: {@code E0000007}, ...) and the usual
   * Okta headers.
   */
  public Fault respond(int status) {
    requireErrorStatus(status);
    return arm("respond " + status, FaultActions.respond(OktaError.forStatus(status)));
  }

  /** Answers {@code status} with an Okta error body carrying this code and summary. */
  public Fault respond(int status, String errorCode, String errorSummary) {
    requireErrorStatus(status);
    Objects.requireNonNull(errorCode, "errorCode");
    Objects.requireNonNull(errorSummary, "errorSummary");
    return arm("respond " + status + " " + errorCode,
        FaultActions.respond(OktaError.of(status, errorCode, errorSummary)));
  }

  /**
   * Answers as Okta's token endpoint does when it refuses a request: {@code status} with
   * {@code {"error": error, "error_description": description}} and the usual Okta headers, e.g.
   * {@code respondOAuthError(401, "invalid_client", "The client_assertion signature is invalid.")}.
   */
  public Fault respondOAuthError(int status, String error, String description) {
    requireErrorStatus(status);
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(description, "description");
    return arm("respond " + status + " " + error, FaultActions.respondOAuthError(status, error, description));
  }

  /**
   * Answers {@code status} with Okta's error body for it and a {@code WWW-Authenticate} challenge, plus any
   * further header fields (name, value, ...): {@code challenge(401, "DPoP error=\"use_dpop_nonce\"", "DPoP-Nonce",
   * "n-1")} is a resource server asking for a DPoP nonce.
   */
  public Fault challenge(int status, String wwwAuthenticate, String... headerNamesAndValues) {
    requireErrorStatus(status);
    requireHeaderText(wwwAuthenticate, "value");
    if (headerNamesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("header names and values come in pairs");
    }
    for (String text : headerNamesAndValues) {
      requireHeaderText(text, "name or value");
    }
    return arm("respond " + status + " with a WWW-Authenticate challenge",
        FaultActions.challenge(OktaError.forStatus(status), wwwAuthenticate, List.of(headerNamesAndValues)));
  }

  /** Answers exactly this, with only {@code Date} beside it: no Okta headers, as from a proxy in front of Okta. */
  public Fault respondWith(int status, String contentType, String body) {
    if (status < 200 || status > 599) {
      throw new IllegalArgumentException("status must be 200..599: " + status);
    }
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(body, "body");
    return arm("respond " + status + " " + contentType,
        FaultActions.respondWith(status, contentType, body.getBytes(StandardCharsets.UTF_8)));
  }

  /** Answers a proxy's HTML error page ({@code text/html}), e.g. {@code respondHtml(502)}. */
  public Fault respondHtml(int status) {
    requireErrorStatus(status);
    return arm("respond " + status + " text/html",
        FaultActions.respondWith(status, "text/html", FaultActions.htmlPage(status)));
  }

  /**
   * Answers 429 {@code E0000047} with {@code X-Rate-Limit-Remaining: 0}, the reset at the end of the server's
   * current window and {@code Date} from the server clock. See {@link #tooManyRequests(TooManyRequests)} for
   * other reset and {@code Date} headers.
   */
  public Fault tooManyRequests() {
    return tooManyRequests(TooManyRequests.ofServerWindow());
  }

  /** Answers 429 {@code E0000047} with the reset and {@code Date} headers described by {@code shape}. */
  public Fault tooManyRequests(TooManyRequests shape) {
    Objects.requireNonNull(shape, "shape");
    return arm("respond " + shape, FaultActions.tooManyRequests(shape));
  }

  /** Answers {@code 307 Temporary Redirect} to {@code location} (for example another host). */
  public Fault redirect(String location) {
    return redirect(307, location);
  }

  /** Answers a redirect ({@code 301, 302, 303, 307, 308}) to {@code location}. */
  public Fault redirect(int status, String location) {
    if (!List.of(301, 302, 303, 307, 308).contains(status)) {
      throw new IllegalArgumentException("a redirect status is one of 301, 302, 303, 307, 308: " + status);
    }
    Objects.requireNonNull(location, "location");
    return arm("redirect " + status, FaultActions.redirect(status, location));
  }

  /** Reads the request and closes the connection without sending a byte. */
  public Fault closeConnection() {
    return arm("close the connection before the response", FaultActions.closeConnection());
  }

  /**
   * The org answers; the client gets the status line, the headers (announcing the full {@code Content-Length})
   * and half of the body, then the connection closes. Without a body, half of the header block is sent.
   */
  public Fault closeConnectionMidBody() {
    return arm("close the connection mid-body", FaultActions.closeMidBody());
  }

  /**
   * The org answers; the body is cut to its first half and {@code Content-Length} says so: valid HTTP, broken
   * JSON. An answer without a body (204) becomes a 200 with a cut JSON object.
   */
  public Fault truncatedJson() {
    return arm("truncated JSON", FaultActions.truncatedJson());
  }

  /** The org answers; its body loses the first {@code :}, so it is complete but not JSON. */
  public Fault malformedJson() {
    return arm("malformed JSON", FaultActions.malformedJson());
  }

  /** The org answers; the client gets {@code 200} with {@code Content-Type: application/json} and no body. */
  public Fault emptyBody() {
    return arm("empty 200 body", FaultActions.emptyBody());
  }

  /**
   * The org answers; its JSON body grows to exactly {@code bytes} bytes with a leading {@code "padding"} member
   * (still valid JSON, for response-size limits). Streamed, so large sizes cost no memory.
   */
  public Fault oversizedBody(long bytes) {
    if (bytes < 64) {
      throw new IllegalArgumentException("an oversized body is at least 64 bytes: " + bytes);
    }
    return arm("body of " + bytes + " bytes", FaultActions.oversizedBody(bytes));
  }

  /** The org answers without these headers, e.g. {@code withoutHeaders("Date", "X-Rate-Limit-Reset")}. */
  public Fault withoutHeaders(String... names) {
    if (names.length == 0) {
      throw new IllegalArgumentException("name at least one header");
    }
    for (String name : names) {
      Objects.requireNonNull(name, "name");
    }
    return arm("without headers " + String.join(", ", names), FaultActions.withoutHeaders(List.of(names)));
  }

  /**
   * The org answers with one more header field; one already there stays, so {@code
   * withHeader("X-Rate-Limit-Reset", "...")} gives two reset headers.
   */
  public Fault withHeader(String name, String value) {
    requireHeaderText(name, "name");
    requireHeaderText(value, "value");
    return arm("with header " + name, FaultActions.withHeader(name, value));
  }

  private Fault arm(String what, FaultAction action) {
    String count = times < 0 ? "every time" : times == 1 ? "once" : times + " times";
    Fault fault = new Fault(selection + ", " + count + ": " + what, selector, times, action);
    rules.arm(fault);
    return fault;
  }

  private static void requireErrorStatus(int status) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("an error status is 400..599: " + status);
    }
  }

  static void requirePositive(int count, String name) {
    if (count < 1) {
      throw new IllegalArgumentException(name + " must be at least 1: " + count);
    }
  }

  private static void requireHeaderText(String text, String what) {
    Objects.requireNonNull(text, what);
    if (text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("a header " + what + " must not contain CR or LF");
    }
  }
}
