package io.typedclient.okta.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the demos share: numbered steps and their details, each HTTP exchange printed as it ends, a step whose outcome
 * is not what a real Okta org gives ({@link #expect}), and how the demo ends when a step goes wrong.
 */
final class DemoSteps {
  static final String INDENT = "     ";

  private final PrintWriter out;
  private final List<RecordedExchange> exchanges = new CopyOnWriteArrayList<>();
  private int step;

  DemoSteps(PrintWriter out) {
    this.out = out;
  }

  /** Starts the next numbered step. */
  void step(String title) {
    step++;
    out.println();
    out.println(step + ". " + title);
    out.flush();
  }

  /** A line under the current step. */
  void detail(String line) {
    out.println(INDENT + line);
    out.flush();
  }

  /** Each exchange as it ends, so that a 429 shows before the wait it causes. */
  void onExchange(RecordedExchange exchange) {
    exchanges.add(exchange);
    out.println(ExchangeText.line(INDENT, exchange));
    out.flush();
  }

  /** The exchanges so far, in the order they ended; grows as the client makes more. */
  List<RecordedExchange> exchanges() {
    return exchanges;
  }

  /** How many steps have started. */
  int count() {
    return step;
  }

  /** Ends the demo with {@code otherwise} unless {@code condition} holds. */
  static void expect(boolean condition, String otherwise) {
    if (!condition) {
      throw new Surprise(otherwise);
    }
  }

  /**
   * Says which step went wrong and how, on {@code err}; returns the exit code: {@link ExitCode#OKTA_ERROR} for an
   * outcome a real Okta org would not give, otherwise the failure's own.
   */
  int failed(String command, RuntimeException e, PrintWriter err, boolean verbose) {
    out.flush();
    if (e instanceof Surprise) {
      err.println(command + ": step " + step + " did not go as expected: " + e.getMessage());
      err.flush();
      return ExitCode.OKTA_ERROR;
    }
    Failure failure = Failure.of(e, Secrets.none(), Instant.now());
    err.println(command + ": step " + step + " failed.");
    failure.print(err, false, verbose, Secrets.none());
    return failure.exitCode() == ExitCode.OK ? ExitCode.INTERNAL : failure.exitCode();
  }

  /** A step's outcome was not what a real Okta org gives. */
  private static final class Surprise extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Surprise(String message) {
      super(message);
    }
  }
}
