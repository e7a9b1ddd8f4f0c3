package io.typedclient.runtime;

import org.jspecify.annotations.Nullable;

/**
 * Watches the calls of a client: when each starts and ends, each attempt it sends (with its resend number and the
 * wait before it), statuses, body bytes, durations, failure types, and the API's rate-limit state. Add one with
 * {@link ClientConfig.Builder#addObserver}; the optional module {@code typedclient-opentelemetry} is one, and
 * metrics, logs or alerts of an application's own are others.
 *
 * <pre>
 * ClientConfig config = ClientConfig.builder()
 *     .baseUrl("https://api.example.com")
 *     .addObserver(request -&gt; new CallListener() {
 *       &#64;Override
 *       public void callEnded(CallEnd call) {
 *         metrics.record(call.request().operation(), call.status(), call.duration());
 *       }
 *     })
 *     .build();
 * </pre>
 *
 * <p><b>What it sees.</b> {@link ObservedRequest}: the method, scheme, host and port, and the names of the
 * request's {@link Invocation} (operation, path template). Never the filled path, the query, a header value or a
 * body, and never an exception, only its type: an exception's message may quote a response body. The same rule
 * as the runtime's logs, since observers usually feed systems that many people can read.
 *
 * <p><b>The events of a call.</b> {@link #callStarted} runs on the calling thread once the call is accepted (the
 * client is open), before any interceptor; it returns the {@link CallListener} that gets the rest of that call's
 * events, or {@link CallListener#none()} to skip the call. Then, for each attempt, {@link
 * CallListener#attemptStarted} and {@link CallListener#attemptEnded}; then {@link CallListener#callEnded}, once,
 * before the caller gets the result or exception. Blocking and asynchronous calls give the same events. A call's
 * events never overlap and come in that order, possibly from different threads (an asynchronous call's retry
 * runs on the scheduler's timer): a listener holds its call's state in plain fields.
 *
 * <p><b>An attempt</b> is one exchange with the {@link HttpTransport}, after every interceptor: a retry is another
 * attempt, and so is a request that an interceptor sends on the call's behalf (the Okta client's token requests,
 * which have operations and templates of their own). {@link AttemptStart#resendCount()} counts the earlier
 * attempts of the same request; {@link AttemptStart#waitBefore()} is the retry policy's wait before this one.
 * An interceptor that answers without sending anything (a cache, a circuit breaker; see {@link Interceptor})
 * makes no attempt: the call starts and ends with {@link CallEnd#attempts()} 0.
 *
 * <p><b>Never fails a call.</b> Whatever an observer or a listener throws (any {@link RuntimeException}, and a
 * {@link LinkageError}, as from an observer built against a newer library than the one present) is dropped, its
 * type logged to {@code io.typedclient} at debug level, and the call goes on as if it had returned, as with the
 * runtime's debug log. Events of a blocking call run on its thread and count in its time: keep them short, and hand slow work
 * (exporting, I/O) to another thread.
 *
 * <p>An observer is shared by every call of every client it is added to, from many threads at once: it keeps no
 * per-call state in its own fields.
 */
@FunctionalInterface
public interface CallObserver {

  /**
   * A call of {@code request} starts; returns what observes the rest of it, or {@link CallListener#none()}.
   * A {@code null} counts as {@code none()}.
   */
  @Nullable CallListener callStarted(ObservedRequest request);
}
