package io.typedclient.okta.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code me (get | refresh | end) --cookie "sid=..."}: the current-session calls, made on a user's behalf with
 * the user's session cookie and never with the token.
 */
@Command(name = "me", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "(get | refresh | end)",
    description = {
        "Act on the session a browser cookie belongs to (/api/v1/sessions/me).",
        "Authenticated by the cookie alone: no token is needed, and none is sent."
    })
final class MeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "choose what to do with the session: get, refresh or end");
  }

  /** The {@code --cookie} every {@code me} command takes. */
  abstract static class WithCookie implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--cookie", paramLabel = "COOKIE", required = true,
        description = "The user's Cookie header value, such as \"sid=...\".")
    String cookie;

    final OktaSessionsCommand root;

    WithCookie(OktaSessionsCommand root) {
      this.root = root;
    }

    /** The cookie, checked without ever printing it. */
    String cookie() {
      String value = OktaSessionsCommand.nonBlank(spec, cookie, "--cookie");
      if (value.indexOf('=') <= 0) {
        throw new ParameterException(spec.commandLine(),
            "--cookie takes the Cookie header value, name and value, such as \"sid=...\"");
      }
      return value;
    }
  }

  /** {@code me get}. */
  @Command(name = "get", mixinStandardHelpOptions = true, description = "Show the session the cookie belongs to.")
  static final class Get extends WithCookie {
    Get(OktaSessionsCommand root) {
      super(root);
    }

    @Override
    public Integer call() {
      String value = cookie();
      return root.call(Secrets.none().with(value), OktaSessionsCommand.Auth.COOKIE,
          api -> api.getCurrentSessionAsync(value), root::printSession);
    }
  }

  /** {@code me refresh}. */
  @Command(name = "refresh", mixinStandardHelpOptions = true,
      description = "Extend the session the cookie belongs to, and show it.")
  static final class Refresh extends WithCookie {
    Refresh(OktaSessionsCommand root) {
      super(root);
    }

    @Override
    public Integer call() {
      String value = cookie();
      return root.call(Secrets.none().with(value), OktaSessionsCommand.Auth.COOKIE,
          api -> api.refreshCurrentSessionAsync(value), root::printSession);
    }
  }

  /** {@code me end}. */
  @Command(name = "end", mixinStandardHelpOptions = true, description = "End the session the cookie belongs to: sign out.")
  static final class End extends WithCookie {
    End(OktaSessionsCommand root) {
      super(root);
    }

    @Override
    public Integer call() {
      String value = cookie();
      return root.call(Secrets.none().with(value), OktaSessionsCommand.Auth.COOKIE,
          api -> api.closeCurrentSessionWithResponseAsync(value),
          response -> root.printDone("Session ended (signed out).", Map.of("ended", "currentSession"), response));
    }
  }
}
