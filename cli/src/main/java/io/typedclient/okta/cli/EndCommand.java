package io.typedclient.okta.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code end SESSION_ID}: ends (revokes) a session. */
@Command(name = "end", mixinStandardHelpOptions = true,
    description = "End (revoke) a session. Ending it again is Okta's 404 E0000007 (exit code 1).")
final class EndCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "SESSION_ID", description = "The session's id.")
  String sessionId;

  private final OktaSessionsCommand root;

  EndCommand(OktaSessionsCommand root) {
    this.root = root;
  }

  @Override
  public Integer call() {
    String id = OktaSessionsCommand.nonBlank(spec, sessionId, "SESSION_ID");
    return root.call(Secrets.none().withId(id), OktaSessionsCommand.Auth.TOKEN,
        api -> api.endSessionWithResponseAsync(id),
        response -> root.printDone("Session ended.", Map.of("ended", "session"), response));
  }
}
