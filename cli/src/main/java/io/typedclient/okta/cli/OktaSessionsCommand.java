package io.typedclient.okta.cli;

import io.typedclient.okta.OktaSessions;
import io.typedclient.okta.SessionApi;
import io.typedclient.okta.Session;
import io.typedclient.okta.SessionApiClient;
import io.typedclient.runtime.ApiResponse;
import io.typedclient.runtime.HttpTransport;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code okta-sessions}: the global options, and the one way every command talks to Okta ({@link #call}), so
 * that configuration, timeouts, retries, exit codes and error output are the same for all of them.
 */
@Command(
    name = "okta-sessions",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    customSynopsis = {
        "okta-sessions [--org-url URL] [--token TOKEN | --access-token TOKEN |",
        "                     --client-id ID --private-key FILE [--key-id KID]",
        "                     [--scopes SCOPES] [--[no-]dpop]] [--json]",
        "                     [--proxy URL] [--no-proxy LIST] [--ca-cert FILE]",
        "                     [--max-retries N] [--timeout SECONDS] [-v] <command>"
    },
    description = {
        "Create, read, refresh and end Okta sessions with the Okta Sessions API.",
        "Try it without an Okta org: okta-sessions demo",
        ""
    },
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0   success",
        "  1   Okta answered with an error, or with something that is not a session",
        "  2   usage or configuration error; nothing was sent",
        "  3   network failure, or no answer within --timeout",
        "  70  unexpected failure (a bug); --verbose prints its stack trace",
        "",
        "Environment:",
        "  OKTA_CLIENT_ORGURL  the org URL when --org-url is not given",
        "  OKTA_CLIENT_TOKEN   the API token without --token or --access-token",
        "  OKTA_CLIENT_AUTHORIZATIONMODE=PrivateKey with OKTA_CLIENT_CLIENTID,",
        "    OKTA_CLIENT_PRIVATEKEY (the PEM or JWK, or its file), OKTA_CLIENT_KID,",
        "    OKTA_CLIENT_SCOPES, OKTA_CLIENT_DPOP: an OAuth 2.0 service app instead of a token",
        "    (also as system properties okta.client.authorizationMode, okta.client.clientId, ...)",
        "  OKTA_CLIENT_PROXY_HOST, _PORT, _USERNAME, _PASSWORD (or okta.client.proxy.host, ...),",
        "    then https_proxy, HTTPS_PROXY: the proxy when --proxy is not given",
        "  no_proxy, NO_PROXY   hosts to reach directly when --no-proxy is not given",
        "",
        "Secrets (tokens, cookies, proxy passwords) are never printed, not even in errors."
    })
final class OktaSessionsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--org-url", paramLabel = "URL", order = 1,
      description = "Okta org URL, e.g. https://dev-123456.okta.com. Default: $OKTA_CLIENT_ORGURL.")
  String orgUrl;

  @ArgGroup(exclusive = true, multiplicity = "0..1", order = 2)
  Credentials credentials;

  /** An API token or an access token, never both. */
  static final class Credentials {
    @Option(names = "--token", paramLabel = "TOKEN", order = 2,
        description = "An Okta API token (sent as SSWS). Default: $OKTA_CLIENT_TOKEN.")
    String apiToken;

    @Option(names = "--access-token", paramLabel = "TOKEN", order = 3,
        description = "An OAuth 2.0 access token with okta.sessions scopes (sent as Bearer), instead of --token.")
    String accessToken;
  }

  @Option(names = "--client-id", paramLabel = "ID", order = 3,
      description = "Authenticate as this OAuth 2.0 service app (client credentials, private_key_jwt) instead of a "
          + "token. Default: $OKTA_CLIENT_CLIENTID with OKTA_CLIENT_AUTHORIZATIONMODE=PrivateKey.")
  String clientId;

  @Option(names = "--private-key", paramLabel = "FILE", order = 3,
      description = "The service app's private key: a PEM (PKCS#8) or JWK file. Default: $OKTA_CLIENT_PRIVATEKEY.")
  String privateKey;

  @Option(names = "--key-id", paramLabel = "KID", order = 3,
      description = "The key id (kid) Okta shows for the service app's public key. Default: $OKTA_CLIENT_KID.")
  String keyId;

  @Option(names = "--scopes", paramLabel = "SCOPES", order = 3,
      description = "Scopes to ask for, separated by spaces or commas. Default: $OKTA_CLIENT_SCOPES, else "
          + "okta.sessions.read okta.sessions.manage okta.users.manage.")
  String scopes;

  @Option(names = "--dpop", negatable = true, order = 3,
      description = "Force DPoP on (--dpop) or off (--no-dpop). Default: used when the token endpoint asks for it.")
  Boolean dpop;

  @Option(names = "--json", order = 4,
      description = "Print the session as one JSON object on stdout, and errors as one JSON object on stderr.")
  boolean json;

  @Option(names = "--proxy", paramLabel = "URL", order = 4,
      description = "Send every request through this HTTP proxy: http://[user:password@]host:port (percent-encode "
          + "special characters; port 1080 when omitted, as curl). Default: $OKTA_CLIENT_PROXY_HOST and the rest, "
          + "else $https_proxy, else $HTTPS_PROXY.")
  String proxy;

  @Option(names = "--no-proxy", paramLabel = "LIST", order = 4,
      description = "Hosts to reach directly, as curl reads NO_PROXY: comma-separated names (each covers its "
          + "subdomains), IP addresses, CIDR blocks, or * for all. Default: $no_proxy, else $NO_PROXY. Loopback "
          + "hosts always go directly.")
  String noProxy;

  @Option(names = "--ca-cert", paramLabel = "FILE", order = 4,
      description = "Also trust the CA certificates in this PEM file, such as a TLS-inspecting proxy's. Host names "
          + "are always verified.")
  String caCert;

  @Option(names = "--max-retries", paramLabel = "N", order = 5, defaultValue = "4",
      converter = MaxRetriesConverter.class,
      description = "Retries of a rate-limited (429) call, and of a GET or DELETE after 503, 504 or a network "
          + "failure. Default: ${DEFAULT-VALUE}; 0 turns retries off.")
  int maxRetries;

  @Option(names = "--timeout", paramLabel = "SECONDS", order = 6, converter = TimeoutConverter.class,
      description = "Give up after this long, retries included, such as 10 or 0.5. Default: 30.")
  Duration timeout = Settings.DEFAULT_TIMEOUT;

  @Option(names = {"-v", "--verbose"}, order = 7,
      description = "Print each HTTP exchange (method, path, status, time, the proxy it went through) on stderr, and "
          + "the details of an unexpected failure.")
  boolean verbose;

  private final Cli cli;
  private final Secrets secrets;
  /** What results are masked with: this run's secrets, once {@link #call} knows them. */
  private Secrets printing = Secrets.none();
  /** What the command itself was given (an id, a cookie): a session printed as the answer may carry it as its id. */
  private Secrets given = Secrets.none();

  /** The root command of one run; {@code secrets} are the secret option values of its command line. */
  OktaSessionsCommand(Cli cli, Secrets secrets) {
    this.cli = cli;
    this.secrets = secrets;
  }

  Cli cli() {
    return cli;
  }

  /** Without a command there is nothing to do: a usage error that lists the commands. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(),
        "missing command; the commands are " + String.join(", ", spec.subcommands().keySet()));
  }

  /** How a command authenticates. */
  enum Auth {
    /** With the API token or access token. */
    TOKEN,
    /** With the user's session cookie, which the command passes to the call: no token needed. */
    COOKIE,
    /** With an API token only: Okta's {@code createSession} accepts no OAuth 2.0 access token. */
    API_TOKEN
  }

  /**
   * Runs one Okta call and prints its result; returns the exit code.
   *
   * @param commandSecrets what this command was given that must never be printed (session ids, cookies), on top
   *     of the secret options
   * @param call starts the call on the client
   * @param printer prints the result, as text or JSON, to stdout
   */
  <T> int call(Secrets commandSecrets, Auth auth, Function<SessionApi, CompletableFuture<T>> call, Consumer<T> printer) {
    String apiToken = credentials == null ? null : credentials.apiToken;
    String accessToken = credentials == null ? null : credentials.accessToken;
    Secrets masked = this.secrets.with(apiToken).with(accessToken)
        .with(cli.environment().apply(OktaSessions.TOKEN_VARIABLE)).merge(commandSecrets).merge(proxySecrets());
    printing = masked;
    given = commandSecrets;
    Settings settings;
    OAuthSettings oauth;
    NetworkSettings network;
    try {
      network = NetworkSettings.resolve(new NetworkSettings.Options(proxy, noProxy, caCert), cli.environment(),
          cli.properties());
      masked = masked.merge(network.secrets());
      printing = masked;
      oauth = OAuthSettings.resolve(new OAuthSettings.Options(clientId, privateKey, keyId, scopes, dpop),
          apiToken != null || accessToken != null, cli.environment(), cli.properties());
      if (auth == Auth.API_TOKEN && oauth != null) {
        String token = Settings.read(cli.environment(), OktaSessions.TOKEN_VARIABLE);
        if (token == null || clientId != null || privateKey != null) {
          throw new ConfigurationException("create needs an API token: Okta's createSession accepts no OAuth 2.0 "
              + "access token, so with a service app configured it cannot be called; pass --token TOKEN or set "
              + OktaSessions.TOKEN_VARIABLE + " (nothing was sent; the session token was not used)");
        }
        // An API token is configured next to the service app: createSession uses it.
        oauth = null;
      }
      settings = Settings.resolve(orgUrl, apiToken, accessToken, maxRetries, timeout, cli.environment(),
          auth != Auth.COOKIE && oauth == null);
    } catch (ConfigurationException e) {
      return fail(e, masked);
    }
    if (verbose && network.describe() != null) {
      cli.err().println("> " + network.describe());
    }
    HttpTransport transport;
    try {
      transport = new RecordingTransport(
          cli.transports().apply(new TransportSettings(settings.connectTimeout(), network.proxy(), network.tls())),
          verbose ? exchange -> cli.err().println(verboseLine(exchange, network)) : exchange -> {});
    } catch (IllegalArgumentException | IllegalStateException e) {
      return fail(new ConfigurationException(e.getMessage()), masked);
    }
    try (transport) {
      SessionApiClient client;
      try {
        client = client(settings, oauth, auth, transport);
      } catch (IllegalArgumentException | IllegalStateException e) {
        String source = oauth == null ? "" : oauth.privateKeySource();
        return fail(new ConfigurationException(e.getMessage().replace("orgUrl(...)", settings.orgUrlSource())
            .replace("privateKey(Path)", source).replace("privateKey(String)", source)), masked);
      }
      try (client) {
        T result = await(call.apply(client), settings.timeout());
        printer.accept(result);
        cli.out().flush();
        return ExitCode.OK;
      }
    } catch (RuntimeException e) {
      return fail(e, masked);
    }
  }

  /** The exchange's line, and the proxy it went through when one is in play. */
  private static String verboseLine(RecordedExchange exchange, NetworkSettings network) {
    String line = ExchangeText.line("> ", exchange);
    String route = network.route(exchange.uri());
    return route == null ? line : line + "   " + route;
  }

  /** The proxy passwords of the environment, masked even when their settings are refused. */
  private Secrets proxySecrets() {
    Secrets secrets = Secrets.none().with(cli.environment().apply(OktaSessions.PROXY_PASSWORD_VARIABLE))
        .with(cli.properties().apply(OktaSessions.PROXY_PASSWORD_PROPERTY));
    for (String variable : new String[] {"https_proxy", "HTTPS_PROXY"}) {
      secrets = secrets.withProxyUrl(cli.environment().apply(variable));
    }
    return secrets;
  }

  private SessionApiClient client(Settings settings, OAuthSettings oauth, Auth auth, HttpTransport transport) {
    OktaSessions.Builder builder = OktaSessions.builder()
        // Everything comes from the options and the environment as this command resolved them, the proxy too:
        // the builder reads no system property or variable of its own.
        .environment(name -> null, name -> null)
        .orgUrl(settings.orgUrl())
        .transport(transport)
        .scheduler(cli.scheduler())
        .requestTimeout(settings.timeout())
        .maxRetries(settings.maxRetries())
        // A retry whose wait would outlast --timeout is not started: the caller sees Okta's 429 and its reset.
        .maxElapsedTime(settings.timeout());
    if (oauth != null) {
      oauth.applyTo(builder);
    } else if (settings.apiToken() != null) {
      builder.apiToken(settings.apiToken());
    } else if (settings.accessToken() != null) {
      String token = settings.accessToken();
      builder.accessToken(() -> token);
    } else if (auth == Auth.COOKIE) {
      // The builder requires a credential; the current-session calls never send one, so this is never asked.
      builder.accessToken(() -> {
        throw new IllegalStateException("no token configured; only the current-session commands work without one");
      });
    }
    return builder.build();
  }

  private static <T> T await(CompletableFuture<T> future, Duration timeout) {
    try {
      return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new DeadlineExceededException(timeout);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for Okta", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      while (cause instanceof CompletionException && cause.getCause() != null) {
        cause = cause.getCause();
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IllegalStateException(cause);
    }
  }

  private int fail(RuntimeException e, Secrets secrets) {
    Failure failure = Failure.of(e, secrets, cli.clock().instant());
    failure.print(cli.err(), json, verbose, secrets);
    return failure.exitCode();
  }

  /** Prints {@code line} to stdout. */
  void print(String line) {
    cli.out().println(line);
  }

  /**
   * Prints a session: the aligned summary, or with {@code --json} one JSON object. It is the server's text: the
   * run's credentials are masked in it (a hostile server can echo a token as a login), and for people each line
   * is escaped. The ids the command was given are its answer and stay, and so does the session's own id when the
   * command was given it (as the value of the {@code sid} cookie of the {@code me} commands).
   */
  void printSession(Session session) {
    Secrets shown = given.contains(session.id()) ? printing.except(session.id()) : printing;
    if (json) {
      print(shown.maskCredentials(JsonOutput.session(session)));
      return;
    }
    for (String line : SessionText.lines(session, cli.clock().instant(), "")) {
      print(TerminalText.escape(shown.maskCredentials(line)));
    }
  }

  /**
   * Prints the outcome of a call that returns no session: {@code text} for people, or with {@code --json} one
   * object of {@code fields} followed by the status and request id.
   */
  void printDone(String text, Map<String, Object> fields, ApiResponse<Void> response) {
    if (json) {
      Map<String, Object> object = new LinkedHashMap<>(fields);
      object.put("status", response.status());
      // The server's text: masked like an error's, ids included (a request id is never the answer).
      object.put("requestId", printing.mask(response.header("X-Okta-Request-Id")));
      print(JsonOutput.object(object));
    } else {
      print(text);
    }
  }

  /**
   * {@code value}, which must not be blank; a usage error naming {@code label} otherwise.
   *
   * @throws ParameterException for picocli to report as a usage error
   */
  static String nonBlank(CommandSpec spec, String value, String label) {
    if (value == null || value.isBlank()) {
      throw new ParameterException(spec.commandLine(), label + " is empty");
    }
    return value.trim();
  }

  /** Converts {@code --max-retries}; picocli reports a bad value as a usage error with this message. */
  static final class MaxRetriesConverter implements picocli.CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      try {
        return Settings.parseMaxRetries(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** Converts {@code --timeout}; picocli reports a bad value as a usage error with this message. */
  static final class TimeoutConverter implements picocli.CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      try {
        return Settings.parseTimeout(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
