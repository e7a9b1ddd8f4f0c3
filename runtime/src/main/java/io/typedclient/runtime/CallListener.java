package io.typedclient.runtime;

/**
 * The events of one call, for the {@link CallObserver} that returned it: each attempt's start and end, then the
 * call's end. Every method does nothing by default; override those wanted. The rules (order, threads, what is
 * dropped) are {@link CallObserver}'s.
 */
public interface CallListener {

  /** A listener that wants none of the call's events. */
  static CallListener none() {
    return NoListener.INSTANCE;
  }

  /**
   * An attempt is about to be handed to the transport. {@link AttemptStart#setHeader} adds a header to it, for
   * trace context propagation.
   */
  default void attemptStarted(AttemptStart attempt) {}

  /** The attempt ended, with a response or a failure. */
  default void attemptEnded(AttemptEnd attempt) {}

  /** The call ended: called once, before the caller gets the result or the exception. */
  default void callEnded(CallEnd call) {}
}
