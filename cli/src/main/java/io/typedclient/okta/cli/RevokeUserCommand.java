package io.typedclient.okta.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code revoke-user USER_ID [--oauth-tokens] [--forget-devices | --no-forget-devices]}: ends all of a user's sessions. */
@Command(name = "revoke-user", mixinStandardHelpOptions = true,
    description = "End every session of a user.")
final class RevokeUserCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "USER_ID", description = "The user's id, such as 00u1abcdEFGH.")
  String userId;

  @Option(names = "--oauth-tokens",
      description = "Also revoke the OpenID Connect and OAuth tokens issued to the user (Okta's default: not).")
  boolean oauthTokens;

  @Option(names = "--forget-devices", negatable = true,
      description = "Forget (or with --no-forget-devices keep) the user's remembered factors and devices "
          + "(Okta's default: forget).")
  Boolean forgetDevices;

  private final OktaSessionsCommand root;

  RevokeUserCommand(OktaSessionsCommand root) {
    this.root = root;
  }

  @Override
  public Integer call() {
    String id = OktaSessionsCommand.nonBlank(spec, userId, "USER_ID");
    // Left out of the query unless given, so that Okta's own default applies.
    Boolean oauth = oauthTokens ? Boolean.TRUE : null;
    Boolean forget = forgetDevices;
    return root.call(Secrets.none().withId(id), OktaSessionsCommand.Auth.TOKEN,
        api -> api.revokeUserSessionsWithResponseAsync(id, oauth, forget),
        response -> {
          Map<String, Object> fields = new LinkedHashMap<>();
          fields.put("ended", "userSessions");
          fields.put("userId", id);
          fields.put("oauthTokens", oauth != null);
          fields.put("forgetDevices", forget == null || forget);
          String text = "Ended every session of user " + id + "."
              + (oauth != null ? " Revoked their OAuth tokens too." : "")
              + (forget == null || forget ? " Their remembered factors are forgotten." : " Their remembered factors are kept.");
          root.printDone(text, fields, response);
        });
  }
}
