package io.typedclient.okta.cli;

import io.typedclient.runtime.UrlConnectionTransport;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/** {@code demo}: the whole session lifecycle against an embedded FakeOkta; needs no network and no configuration. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {
        "Show a session's whole life against an Okta org simulated in this process.",
        "Create, get, refresh, a rate limit (429) retried after its reset, end, and the 404 that follows, with each "
            + "HTTP exchange. Loopback only: needs no Okta org, no network and no configuration.",
        "With --oauth: an OAuth 2.0 service app instead (the token request, the DPoP nonce challenge, a DPoP-bound "
            + "call, the cached and refreshed token, createSession refused)."
    })
final class DemoCommand implements Callable<Integer> {
  /** Options that point at a real org; the demo has its own, so giving one is a mistake worth saying. */
  private static final List<String> CONNECTION_OPTIONS =
      List.of("--org-url", "--token", "--access-token", "--json", "--max-retries", "--timeout", "--client-id",
          "--private-key", "--key-id", "--scopes", "--dpop");

  @Spec
  CommandSpec spec;

  @Option(names = "--oauth", description = "Show an OAuth 2.0 service app with DPoP instead of the session lifecycle.")
  boolean oauth;

  private final OktaSessionsCommand root;

  DemoCommand(OktaSessionsCommand root) {
    this.root = root;
  }

  @Override
  public Integer call() {
    ParseResult parsed = spec.root().commandLine().getParseResult();
    for (String option : CONNECTION_OPTIONS) {
      if (parsed.hasMatchedOption(option)) {
        throw new ParameterException(spec.commandLine(),
            "demo runs against its own embedded FakeOkta and takes no " + option);
      }
    }
    Cli cli = root.cli();
    // Plain HTTP to loopback needs no TLS: the HttpURLConnection transport starts without java.net.http's client,
    // whose construction alone loads the JDK's TLS context and trust store (most of the demo's start-up otherwise).
    java.util.function.Function<java.time.Duration, io.typedclient.runtime.HttpTransport> transports =
        connectTimeout -> UrlConnectionTransport.builder().connectTimeout(connectTimeout).build();
    if (oauth) {
      return new OAuthDemo(cli.out(), cli.err(), cli.scheduler(), transports, root.verbose).run();
    }
    return new Demo(cli.out(), cli.err(), cli.scheduler(), transports, root.verbose).run();
  }
}
