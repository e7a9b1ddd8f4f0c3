package io.typedclient.okta.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a command line picocli could not parse: one masked line saying what was wrong, a suggestion when
 * there is one, and where to find the usage; exit code 2. Unexpected arguments are never quoted unless they
 * look like options, because a misplaced value may be a token.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
  private final Secrets secrets;

  UsageErrorHandler(Secrets secrets) {
    this.secrets = secrets;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine line = e.getCommandLine();
    PrintWriter err = line.getErr();
    if (e instanceof UnmatchedArgumentException) {
      unmatched((UnmatchedArgumentException) e, err);
    } else {
      String message = e.getMessage() == null ? "invalid command line" : e.getMessage();
      // picocli starts some messages with its own "Error: ".
      if (message.startsWith("Error: ")) {
        message = message.substring("Error: ".length());
      }
      err.println("okta-sessions: " + TerminalText.escape(secrets.mask(message)));
    }
    err.println("Run '" + commandPath(line.getCommandSpec()) + " --help' for usage.");
    err.flush();
    return ExitCode.USAGE;
  }

  private void unmatched(UnmatchedArgumentException e, PrintWriter err) {
    List<String> options = new ArrayList<>();
    int values = 0;
    for (String arg : e.getUnmatched()) {
      if (arg.startsWith("-")) {
        int eq = arg.indexOf('=');
        options.add(eq < 0 ? arg : arg.substring(0, eq));
      } else {
        values++;
      }
    }
    CommandLine line = e.getCommandLine();
    if (!options.isEmpty()) {
      err.println("okta-sessions: unknown option" + (options.size() > 1 ? "s " : " ") + String.join(", ", options)
          + (line.getCommandSpec().parent() == null ? "" : " for '" + commandPath(line.getCommandSpec()) + "'"));
      String global = globalOption(options);
      if (global != null && line.getCommandSpec().parent() != null) {
        err.println("Global options go before the command: okta-sessions " + global + " "
            + line.getCommandName() + " ...");
      } else {
        List<String> suggestions = e.getSuggestions();
        if (!suggestions.isEmpty()) {
          err.println("Did you mean " + String.join(" or ", suggestions) + "?");
        }
      }
    }
    // After an unknown option, the stray values are most likely its own: the option is the news.
    if (values > 0 && options.isEmpty()) {
      if (line.getCommandSpec().subcommands().isEmpty()) {
        err.println("okta-sessions: " + values + " unexpected argument" + (values > 1 ? "s" : "")
            + (line.getCommandSpec().parent() == null ? "" : " for '" + commandPath(line.getCommandSpec()) + "'"));
      } else {
        err.println("okta-sessions: unknown command; the commands are "
            + String.join(", ", line.getCommandSpec().subcommands().keySet()));
        if (!e.getSuggestions().isEmpty()) {
          err.println("Did you mean " + String.join(" or ", e.getSuggestions()) + "?");
        }
      }
    }
  }

  /** The first of {@code options} that is a global option, or {@code null}. */
  private static String globalOption(List<String> options) {
    for (String option : options) {
      switch (option) {
        case "--org-url":
        case "--token":
        case "--access-token":
        case "--json":
        case "--max-retries":
        case "--timeout":
        case "-v":
        case "--verbose":
          return option;
        default:
          break;
      }
    }
    return null;
  }

  private static String commandPath(CommandSpec spec) {
    return spec.qualifiedName(" ");
  }
}
