package io.typedclient.okta;

import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The current access token and the one token request in flight. Callers ask {@link #acquire}: a fresh token is
 * used at once; otherwise exactly one caller leads a token request and every other caller waits for it (or, while
 * the old token has not expired, keeps using that). A request that fails ends the flight without touching the
 * token, so the next caller starts a new one: a failure never sticks. Thread-safe.
 */
final class TokenCache {
  /** What {@link #acquire} tells a caller to do. */
  static final class Ticket {
    /** The token to use now, or {@code null}. */
    final @Nullable AccessToken ready;
    /** The flight to wait for, or to complete when {@link #leads}. */
    final @Nullable CompletableFuture<TokenResult> flight;
    final boolean leads;
    /** For a leader: the token in use until now, still valid, to fall back on if the early refresh fails. */
    final @Nullable AccessToken previous;

    /** The flight of a ticket that has no token ready. */
    CompletableFuture<TokenResult> flight() {
      return Objects.requireNonNull(flight, "a ticket with a token ready has no flight");
    }

    private Ticket(
        @Nullable AccessToken ready,
        @Nullable CompletableFuture<TokenResult> flight,
        boolean leads,
        @Nullable AccessToken previous) {
      this.ready = ready;
      this.flight = flight;
      this.leads = leads;
      this.previous = previous;
    }
  }

  private final Object lock = new Object();
  private @Nullable AccessToken current;
  private @Nullable CompletableFuture<TokenResult> inFlight;

  Ticket acquire(Instant now) {
    synchronized (lock) {
      if (current != null && current.isFresh(now)) {
        return new Ticket(current, null, false, null);
      }
      AccessToken usable = current != null && current.isUsable(now) ? current : null;
      if (inFlight != null) {
        return usable != null ? new Ticket(usable, null, false, null) : new Ticket(null, inFlight, false, null);
      }
      inFlight = new CompletableFuture<>();
      return new Ticket(null, inFlight, true, usable);
    }
  }

  /** Ends the leader's flight with {@code result}; a token becomes the current one. */
  void finish(Ticket ticket, TokenResult result) {
    synchronized (lock) {
      if (inFlight == ticket.flight) {
        inFlight = null;
        if (result.token != null) {
          current = result.token;
        }
      }
    }
    ticket.flight().complete(result);
  }

  /** Ends the leader's flight with {@code failure}; the next caller starts a new flight. */
  void fail(Ticket ticket, Throwable failure) {
    synchronized (lock) {
      if (inFlight == ticket.flight) {
        inFlight = null;
      }
    }
    ticket.flight().completeExceptionally(failure);
  }

  /** Forgets {@code token} if it is still the current one (Okta refused it); a newer one stays. */
  void discard(AccessToken token) {
    synchronized (lock) {
      if (current == token) {
        current = null;
      }
    }
  }

  @Override
  public String toString() {
    synchronized (lock) {
      return "TokenCache{" + current + (inFlight != null ? ", token request in flight}" : "}");
    }
  }
}
