package io.typedclient.okta.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code refresh SESSION_ID}: extends a session and shows it with its new expiry. */
@Command(name = "refresh", mixinStandardHelpOptions = true,
    description = "Extend a session's lifetime and show it with its new expiry.")
final class RefreshCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "SESSION_ID", description = "The session's id.")
  String sessionId;

  private final OktaSessionsCommand root;

  RefreshCommand(OktaSessionsCommand root) {
    this.root = root;
  }

  @Override
  public Integer call() {
    String id = OktaSessionsCommand.nonBlank(spec, sessionId, "SESSION_ID");
    return root.call(Secrets.none().withId(id), OktaSessionsCommand.Auth.TOKEN,
        api -> api.refreshSessionAsync(id), root::printSession);
  }
}
