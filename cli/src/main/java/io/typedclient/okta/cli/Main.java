package io.typedclient.okta.cli;

import java.io.PrintWriter;
import java.time.Clock;

/** The {@code okta-sessions} command-line tool; run {@code okta-sessions --help}. */
public final class Main {
  private Main() {}

  /**
   * Runs the command {@code args} name and exits with its exit code: 0 success, 1 Okta error, 2 usage, 3 network,
   * 70 unexpected failure ({@link ExitCode}).
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int exitCode = new Cli(System::getenv, Clock.systemUTC(), out, err).run(args);
    System.exit(exitCode);
  }
}
