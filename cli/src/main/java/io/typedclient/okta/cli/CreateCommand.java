package io.typedclient.okta.cli;

import io.typedclient.okta.CreateSessionRequest;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code create --session-token TOKEN}: exchanges a single-use session token for a session. */
@Command(name = "create", mixinStandardHelpOptions = true,
    description = "Create a session from a single-use session token (from Okta's Authentication API).")
final class CreateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--session-token", paramLabel = "TOKEN", required = true,
      description = "The session token; it works once, so a failed create is never retried after Okta saw it.")
  String sessionToken;

  private final OktaSessionsCommand root;

  CreateCommand(OktaSessionsCommand root) {
    this.root = root;
  }

  @Override
  public Integer call() {
    String token = OktaSessionsCommand.nonBlank(spec, sessionToken, "--session-token");
    return root.call(Secrets.none().with(token), OktaSessionsCommand.Auth.API_TOKEN,
        api -> api.createSessionAsync(CreateSessionRequest.of(token)), root::printSession);
  }
}
