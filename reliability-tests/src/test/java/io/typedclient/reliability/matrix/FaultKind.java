package io.typedclient.reliability.matrix;

import io.typedclient.okta.testing.FaultBuilder;
import io.typedclient.okta.testing.TooManyRequests;
import java.time.Duration;
import java.time.Instant;

/**
 * The faults of the matrix, each armed on FakeOkta for one cell: on the first attempt only ("once") or on every
 * attempt ("always"). Stand-ins answer instead of the org (nothing changes there); damage lets the org act and
 * spoils its answer, so for example a session is ended although the client saw the connection drop.
 */
public enum FaultKind {
  RATE_LIMITED("429 with reset and Date",
      "`X-Rate-Limit-Reset` 5 s after `Date`, which is 2 min behind the client's clock") {
    @Override
    public void arm(FaultBuilder faults, Instant now, String otherHost) {
      Instant serverNow = now.minus(SERVER_CLOCK_BEHIND);
      faults.tooManyRequests(TooManyRequests.resetAt(serverNow.plus(RESET_IN)).date(serverNow));
    }
  },
  RATE_LIMITED_WITHOUT_DATE("429 without Date", "`X-Rate-Limit-Reset` 5 s after the client's clock, no `Date`") {
    @Override
    public void arm(FaultBuilder faults, Instant now, String otherHost) {
      faults.tooManyRequests(TooManyRequests.resetAt(now.plus(RESET_IN)).withoutDate());
    }
  },
  RATE_LIMITED_WITHOUT_RESET("429 without reset", "no `X-Rate-Limit-Reset`") {
    @Override
    public void arm(FaultBuilder faults, Instant now, String otherHost) {
      faults.tooManyRequests(TooManyRequests.withoutReset());
    }
  },
  RATE_LIMITED_TWO_RESETS("429 with two reset headers",
      "`X-Rate-Limit-Reset` 30 s and 5 s after `Date`, in that order") {
    @Override
    public void arm(FaultBuilder faults, Instant now, String otherHost) {
      faults.tooManyRequests(TooManyRequests.resetAt(now.plusSeconds(30), now.plus(RESET_IN)).date(now));
    }
  },
  INTERNAL_ERROR("500", "Okta's `E0000009`") {
    @Override
    public void arm(FaultBuilder faults, Instant now, String otherHost) {
      faults.respond(500);
    }
  },
  UNAVAILABLE("503", "Okta's `E0000010`, no `Retry-After`") {
    @Override
    public void arm(FaultBuilder faults, Instant now, String otherHost) {
      faults.respond(503);
    }
  },
  GATEWAY_TIMEOUT("504", "Okta's error body for a 5xx (`E0000009`)") {
    @Override
    public void arm(FaultBuilder faults, Instant now, String otherHost) {
      faults.respond(504);
    }
  },
  CONNECTION_REFUSED("connection refused",
      "nothing listens on the port; \"once\": a server comes up there during the first retry wait") {
    @Override
    public void arm(FaultBuilder faults, Instant now, String otherHost) {
      throw new UnsupportedOperationException("the cell points the client at a closed port instead");
    }
  },
  CLOSED_BEFORE_RESPONSE("connection closed before the response", "request read, connection closed, no byte sent") {
    @Override
    public void arm(FaultBuilder faults, Instant now, String otherHost) {
      faults.closeConnection();
    }
  },
  CLOSED_MID_BODY("connection closed mid-body",
      "Okta acts; headers and half the body, then the connection closes (a 204: half the headers)") {
    @Override
    public void arm(FaultBuilder faults, Instant now, String otherHost) {
      faults.closeConnectionMidBody();
    }
  },
  SLOW_RESPONSE("slow response past the request timeout",
      "Okta acts; the answer leaves 30 s later; request timeout 1 s") {
    @Override
    public void arm(FaultBuilder faults, Instant now, String otherHost) {
      faults.delay(Duration.ofSeconds(30));
    }
  },
  TRUNCATED_JSON("truncated JSON", "Okta acts; 200, the first half of the body, `Content-Length` to match") {
    @Override
    public void arm(FaultBuilder faults, Instant now, String otherHost) {
      faults.truncatedJson();
    }
  },
  MALFORMED_JSON("malformed JSON", "Okta acts; the whole body without its first `:`") {
    @Override
    public void arm(FaultBuilder faults, Instant now, String otherHost) {
      faults.malformedJson();
    }
  },
  HTML_502("HTML error page with 502", "a proxy's `text/html` page, no Okta headers") {
    @Override
    public void arm(FaultBuilder faults, Instant now, String otherHost) {
      faults.respondHtml(502);
    }
  },
  EMPTY_200("empty 200 body", "Okta acts; 200, `application/json`, no body") {
    @Override
    public void arm(FaultBuilder faults, Instant now, String otherHost) {
      faults.emptyBody();
    }
  },
  OVER_CAP("body over the cap", "Okta acts; a valid JSON body of 5,000,000 bytes (the cap is 4 MiB)") {
    @Override
    public void arm(FaultBuilder faults, Instant now, String otherHost) {
      faults.oversizedBody(5_000_000);
    }
  },
  REDIRECT("3xx redirect to another host",
      "307 to a second FakeOkta, which must see no connection at all") {
    @Override
    public void arm(FaultBuilder faults, Instant now, String otherHost) {
      faults.redirect(307, otherHost);
    }
  };

  static final Duration SERVER_CLOCK_BEHIND = Duration.ofMinutes(2);
  static final Duration RESET_IN = Duration.ofSeconds(5);
  static final Duration SLOW_TIMEOUT = Duration.ofSeconds(1);

  public final String label;
  public final String shape;

  FaultKind(String label, String shape) {
    this.label = label;
    this.shape = shape;
  }

  /** Arms the fault on the requests {@code faults} selects; {@code now} is the client's clock at the start. */
  public abstract void arm(FaultBuilder faults, Instant now, String otherHost);
}
