package io.typedclient.bench.contenders;

import java.util.function.Function;

/**
 * A {@link SessionFetcher} over a client that has {@code getSession(String)} and {@code close()} of its own, so
 * that each contender names its calls instead of spelling out the same class. JMH forks a JVM per contender, so
 * each call site here sees one client and is inlined.
 */
final class DelegatingFetcher implements SessionFetcher {
  private final Function<String, ?> getSession;
  private final Function<Object, String> summary;
  private final Runnable close;

  DelegatingFetcher(Function<String, ?> getSession, Function<Object, String> summary, Runnable close) {
    this.getSession = getSession;
    this.summary = summary;
    this.close = close;
  }

  @Override
  public Object getSession(String sessionId) {
    return getSession.apply(sessionId);
  }

  @Override
  public String summary(Object session) {
    return summary.apply(session);
  }

  @Override
  public void close() {
    close.run();
  }
}
