package io.typedclient.okta.cli;

import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.Scheduler;
import io.typedclient.runtime.internal.DefaultTransports;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * One run of {@code okta-sessions}: the command line, and everything it touches outside the process given to it
 * (environment, clock, stdout, stderr, how HTTP transports are made), so that tests run it in-process exactly as
 * {@link Main} does.
 */
final class Cli {
  private final Function<String, String> environment;
  private final Clock clock;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Function<TransportSettings, HttpTransport> transports;
  private final Scheduler scheduler;
  private final Function<String, String> properties;

  /**
   * @param environment environment variables by name ({@code System::getenv})
   * @param clock what "in 1h 59m" is measured from
   * @param transports makes the HTTP transport of a run
   * @param scheduler how the client waits before a retry
   */
  Cli(Function<String, String> environment, Clock clock, PrintWriter out, PrintWriter err,
      Function<TransportSettings, HttpTransport> transports, Scheduler scheduler) {
    this(environment, name -> null, clock, out, err, transports, scheduler);
  }

  /** As the constructor above, with system properties ({@code System::getProperty}) read from {@code properties}. */
  Cli(Function<String, String> environment, Function<String, String> properties, Clock clock, PrintWriter out,
      PrintWriter err, Function<TransportSettings, HttpTransport> transports, Scheduler scheduler) {
    this.properties = properties;
    this.environment = environment;
    this.clock = clock;
    this.out = out;
    this.err = err;
    this.transports = transports;
    this.scheduler = scheduler;
  }

  /**
   * A run with the transport a client makes for itself (the JDK's {@code java.net.http}; {@code HttpURLConnection}
   * for proxy credentials that {@code java.net.http} would not send), waiting in real time.
   */
  Cli(Function<String, String> environment, Clock clock, PrintWriter out, PrintWriter err) {
    this(environment, System::getProperty, clock, out, err, Cli::defaultTransport, Scheduler.system());
  }

  /** The transport {@code ClientRuntime} would make for these settings: the library's one choice. */
  static HttpTransport defaultTransport(TransportSettings settings) {
    return DefaultTransports.create(settings.connectTimeout(), settings.proxy(), settings.tls());
  }

  /** Parses {@code args}, runs the command, and returns the exit code; never throws. */
  int run(String... args) {
    Secrets secrets = Secrets.fromArguments(args);
    CommandLine commandLine = commandLine(secrets);
    OktaSessionsCommand root = commandLine.getCommand();
    commandLine.setParameterExceptionHandler(new UsageErrorHandler(secrets));
    commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
      // Commands report their own failures; anything that escapes them is a bug.
      Failure failure = Failure.of(e, secrets, clock.instant());
      failure.print(err, root.json, root.verbose, secrets);
      return failure.exitCode();
    });
    int exitCode = commandLine.execute(args);
    out.flush();
    err.flush();
    return exitCode;
  }

  /**
   * The command tree: every command is made here, with its dependencies, instead of by reflection.
   *
   * @param secrets the secret option values of the command line, read before parsing
   */
  CommandLine commandLine(Secrets secrets) {
    OktaSessionsCommand root = new OktaSessionsCommand(this, secrets);
    CommandLine me = new CommandLine(new MeCommand())
        .addSubcommand(new MeCommand.Get(root))
        .addSubcommand(new MeCommand.Refresh(root))
        .addSubcommand(new MeCommand.End(root));
    CommandLine commandLine = new CommandLine(root)
        .addSubcommand(new CreateCommand(root))
        .addSubcommand(new GetCommand(root))
        .addSubcommand(new RefreshCommand(root))
        .addSubcommand(new EndCommand(root))
        .addSubcommand(new RevokeUserCommand(root))
        .addSubcommand("me", me)
        .addSubcommand(new DemoCommand(root));
    commandLine.getCommandSpec().versionProvider(() -> new String[] {"okta-sessions " + version()});
    // picocli would read "@path" as a file of arguments: "get @/etc/passwd" would send the file's lines. No Okta
    // id, token or URL starts with "@", so an argument that does is taken as it is.
    commandLine.setExpandAtFiles(false);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    return commandLine;
  }

  Function<String, String> environment() {
    return environment;
  }

  /** System properties by name ({@code okta.client.*}). */
  Function<String, String> properties() {
    return properties;
  }

  Clock clock() {
    return clock;
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  Function<TransportSettings, HttpTransport> transports() {
    return transports;
  }

  Scheduler scheduler() {
    return scheduler;
  }

  private static String version() {
    try (InputStream in = Cli.class.getResourceAsStream("version.txt")) {
      if (in == null) {
        return "(unknown version)";
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine().trim();
    } catch (IOException e) {
      return "(unknown version)";
    }
  }
}
