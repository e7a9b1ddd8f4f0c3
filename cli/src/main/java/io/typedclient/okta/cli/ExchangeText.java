package io.typedclient.okta.cli;

/**
 * One HTTP exchange on one aligned line: method, path template, status (or the failure), time, and whether it was
 * a retry. The demo and {@code --verbose} print the same lines.
 */
final class ExchangeText {
  /** Wide enough for the longest path, {@code /api/v1/sessions/{sessionId}/lifecycle/refresh}. */
  static final int PATH_WIDTH = 47;

  private ExchangeText() {}

  static String line(String prefix, RecordedExchange exchange) {
    StringBuilder line = new StringBuilder(prefix);
    line.append(Failure.pad(exchange.method(), 7));
    line.append(Failure.pad(exchange.pathTemplate(), PATH_WIDTH));
    String outcome = exchange.outcome();
    for (int i = outcome.length(); i < 3; i++) {
      line.append(' ');
    }
    line.append(outcome);
    String time = RelativeTime.elapsed(exchange.elapsed());
    for (int i = time.length(); i < 9; i++) {
      line.append(' ');
    }
    line.append(time);
    if (exchange.retryCount() > 0) {
      line.append("   retry ").append(exchange.retryCount());
    }
    return line.toString();
  }
}
