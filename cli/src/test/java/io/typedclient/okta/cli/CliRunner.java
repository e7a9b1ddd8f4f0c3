package io.typedclient.okta.cli;

import io.typedclient.runtime.HttpTransport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** Runs {@code okta-sessions} in-process, as {@link Main} does, with a given environment, clock and transport. */
final class CliRunner {
  private final Map<String, String> environment = new HashMap<>();
  private final Clock clock;
  private final InstantScheduler scheduler = new InstantScheduler();
  private final Map<String, String> properties = new HashMap<>();
  private Function<TransportSettings, HttpTransport> transports = Cli::defaultTransport;

  CliRunner(Clock clock) {
    this.clock = clock;
  }

  /** Sets an environment variable for the runs that follow. */
  CliRunner env(String name, String value) {
    environment.put(name, value);
    return this;
  }

  /** Sets a system property, as {@code -Dname=value} would, for the runs that follow. */
  CliRunner property(String name, String value) {
    properties.put(name, value);
    return this;
  }

  /** Makes the runs that follow use {@code transports}. */
  CliRunner transports(Function<TransportSettings, HttpTransport> transports) {
    this.transports = transports;
    return this;
  }

  InstantScheduler scheduler() {
    return scheduler;
  }

  Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = new Cli(environment::get, properties::get, clock, new PrintWriter(out, true),
        new PrintWriter(err, true), transports, scheduler).run(args);
    return new Result(exitCode, out.toString(), err.toString());
  }

  /** What one run did. */
  record Result(int exitCode, String out, String err) {
    /** Both streams, for checks that hold for everything printed. */
    String all() {
      return out + err;
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }
}
