package io.typedclient.shrinktest;

import com.android.tools.r8.Diagnostic;
import com.android.tools.r8.DiagnosticsHandler;
import com.android.tools.r8.origin.Origin;
import java.util.ArrayList;
import java.util.List;

/** What R8 or D8 reported, kept by level so the test can require that there were no errors and no warnings. */
final class Diagnostics implements DiagnosticsHandler {
  final List<String> errors = new ArrayList<>();
  final List<String> warnings = new ArrayList<>();
  final List<String> infos = new ArrayList<>();

  @Override
  public void error(Diagnostic diagnostic) {
    errors.add(format(diagnostic));
  }

  @Override
  public void warning(Diagnostic diagnostic) {
    warnings.add(format(diagnostic));
  }

  @Override
  public void info(Diagnostic diagnostic) {
    infos.add(format(diagnostic));
  }

  private static String format(Diagnostic diagnostic) {
    Origin origin = diagnostic.getOrigin();
    String where = origin == null || origin == Origin.unknown() ? "" : origin + ": ";
    return where + diagnostic.getDiagnosticMessage();
  }

  /** Everything reported, one message a line, errors first. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    errors.forEach(m -> text.append("error: ").append(m).append('\n'));
    warnings.forEach(m -> text.append("warning: ").append(m).append('\n'));
    infos.forEach(m -> text.append("info: ").append(m).append('\n'));
    return text.toString();
  }
}
