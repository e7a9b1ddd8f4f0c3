package io.typedclient.reliability.matrix;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The specified outcome of one cell in one mode: success or one exception type with its fields, how many retries
 * the client made (the waits its scheduler saw), how many requests FakeOkta received, and how long each wait was.
 * Immutable; the {@code with...} methods return copies.
 */
public final class Expect {
  /** Full-jitter backoff: retry {@code n} (0-based) waits between 250 ms and {@code min(20 s, 1 s * 2^n)}. */
  static final List<Duration> BACKOFF = Collections.unmodifiableList(new ArrayList<>());

  public final Class<? extends Throwable> failure;
  public final Integer status;
  public final String errorCode;
  public final Class<? extends Throwable> cause;
  public final int retries;
  public final int requests;
  /** Exact waits, or {@link #BACKOFF}. */
  public final List<Duration> waits;
  public final String note;

  private Expect(
      Class<? extends Throwable> failure, Integer status, String errorCode,
      Class<? extends Throwable> cause, int retries, int requests, List<Duration> waits, String note) {
    this.failure = failure;
    this.status = status;
    this.errorCode = errorCode;
    this.cause = cause;
    this.retries = retries;
    this.requests = requests;
    this.waits = waits;
    this.note = note;
  }

  /** Succeeds with the correct result after {@code retries} retries, one request per attempt. */
  static Expect ok(int retries) {
    return new Expect(null, null, null, null, retries, retries + 1, BACKOFF, null);
  }

  /** Fails with exactly {@code type} (not a subtype) after {@code retries} retries, one request per attempt. */
  static Expect fails(Class<? extends Throwable> type, int retries) {
    return new Expect(type, null, null, null, retries, retries + 1, BACKOFF, null);
  }

  /** The HTTP status and Okta error code ({@code null}: the exception must carry none). */
  Expect status(int status, String errorCode) {
    return new Expect(failure, status, errorCode, cause, retries, requests, waits, note);
  }

  /** The exception's cause must be exactly this type. */
  Expect cause(Class<? extends Throwable> cause) {
    return new Expect(failure, status, errorCode, cause, retries, requests, waits, note);
  }

  /** FakeOkta receives this many requests rather than one per attempt. */
  Expect requests(int requests) {
    return new Expect(failure, status, errorCode, cause, retries, requests, waits, note);
  }

  /** Each wait before a retry, exactly. */
  Expect waits(Duration... waits) {
    if (waits.length != retries) {
      throw new IllegalArgumentException("one wait per retry: " + retries + " retries, " + waits.length + " waits");
    }
    return new Expect(failure, status, errorCode, cause, retries, requests, List.of(waits), note);
  }

  /** The same wait before each retry. */
  Expect eachWait(Duration wait) {
    Duration[] all = new Duration[retries];
    Arrays.fill(all, wait);
    return waits(all);
  }

  Expect note(String note) {
    return new Expect(failure, status, errorCode, cause, retries, requests, waits, note);
  }

  public boolean succeeds() {
    return failure == null;
  }

  /** The wait allowed before retry {@code n} (0-based) under {@link #BACKOFF}: its upper end. */
  static Duration backoffCeiling(int n) {
    return Duration.ofSeconds(Math.min(20, 1L << Math.min(n, 20)));
  }

  static final Duration BACKOFF_FLOOR = Duration.ofMillis(250);

  /** One line of Markdown, e.g. {@code ✓ after 1 retry (6 s) · 2 requests}. */
  String describe() {
    StringBuilder out = new StringBuilder();
    if (succeeds()) {
      out.append("✓");
    } else {
      out.append('`').append(failure.getSimpleName()).append('`');
      if (status != null) {
        out.append(' ').append(status);
        out.append(errorCode != null ? " `" + errorCode + "`" : " (no error code)");
      }
      if (cause != null) {
        out.append(", cause `").append(cause.getSimpleName()).append('`');
      }
    }
    if (retries > 0) {
      out.append(" after ").append(retries).append(retries == 1 ? " retry" : " retries").append(" (");
      out.append(waits == BACKOFF ? "backoff" : waitsText()).append(')');
    }
    out.append(" · ").append(requests).append(requests == 1 ? " request" : " requests");
    if (note != null) {
      out.append(" · ").append(note);
    }
    return out.toString();
  }

  private String waitsText() {
    boolean same = waits.stream().distinct().count() == 1;
    if (same && waits.size() > 1) {
      return seconds(waits.get(0)) + " each";
    }
    List<String> each = new ArrayList<>();
    for (Duration wait : waits) {
      each.add(seconds(wait));
    }
    return String.join(", ", each);
  }

  private static String seconds(Duration duration) {
    return duration.toMillis() % 1000 == 0 ? duration.getSeconds() + " s" : duration.toMillis() + " ms";
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Expect)) {
      return false;
    }
    Expect that = (Expect) o;
    return describe().equals(that.describe());
  }

  @Override
  public int hashCode() {
    return Objects.hash(describe());
  }

  @Override
  public String toString() {
    return describe();
  }
}
