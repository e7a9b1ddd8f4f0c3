package io.typedclient.okta.cli;

/** The exit codes of {@code okta-sessions}, documented in its help and README; scripts depend on them. */
final class ExitCode {
  /** The command did what was asked. */
  static final int OK = 0;
  /** Okta answered with an error status, or with an answer that could not be read. */
  static final int OKTA_ERROR = 1;
  /** The command line or the configuration (org URL, token) is wrong; nothing was sent. */
  static final int USAGE = 2;
  /** The network failed or the command ran out of time. */
  static final int NETWORK = 3;
  /** A failure this tool did not expect (a bug): reported on one line, in full with {@code --verbose}. */
  static final int INTERNAL = 70;

  private ExitCode() {}
}
