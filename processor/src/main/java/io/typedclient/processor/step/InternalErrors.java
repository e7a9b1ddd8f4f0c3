package io.typedclient.processor.step;

import io.typedclient.processor.report.Report;
import io.typedclient.processor.report.Rule;
import java.io.PrintWriter;
import java.io.StringWriter;

/** A bug in a step becomes an error on the element it was working on, and the other elements carry on. */
final class InternalErrors {
  private InternalErrors() {}

  /** Reports {@code e}, thrown while generating {@code output}, with its stack trace for the bug report. */
  static void report(Report report, String output, RuntimeException e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    report.error(Rule.INTERNAL_ERROR,
        "internal error while generating " + output + "; please report it: " + trace);
  }
}
