package io.typedclient.bench.contenders;

/** One contender's client, reduced to what the getSession benchmarks call. Thread-safe. */
public interface SessionFetcher extends AutoCloseable {

  /** {@code GET /api/v1/sessions/{sessionId}}, decoded into the contender's own session type. */
  Object getSession(String sessionId);

  /** {@code id/STATUS} of a session this fetcher returned, to check that one was decoded. */
  String summary(Object session);

  @Override
  void close();
}
