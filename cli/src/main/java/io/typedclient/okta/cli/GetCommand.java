package io.typedclient.okta.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code get SESSION_ID}: shows a session. */
@Command(name = "get", mixinStandardHelpOptions = true,
    description = "Show a session. An ended or expired session is Okta's 404 E0000007 (exit code 1).")
final class GetCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "SESSION_ID", description = "The session's id.")
  String sessionId;

  private final OktaSessionsCommand root;

  GetCommand(OktaSessionsCommand root) {
    this.root = root;
  }

  @Override
  public Integer call() {
    String id = OktaSessionsCommand.nonBlank(spec, sessionId, "SESSION_ID");
    return root.call(Secrets.none().withId(id), OktaSessionsCommand.Auth.TOKEN,
        api -> api.getSessionAsync(id), root::printSession);
  }
}
