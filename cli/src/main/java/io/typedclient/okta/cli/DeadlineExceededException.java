package io.typedclient.okta.cli;

import java.time.Duration;

/** The command's {@code --timeout} passed before Okta answered, retries included. */
final class DeadlineExceededException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DeadlineExceededException(Duration timeout) {
    super("no answer within " + Settings.seconds(timeout) + " s (--timeout), retries included");
  }
}
