package io.typedclient.bench.probe;

/**
 * The cold-start baseline: a main that decodes nothing and only reports, so the table can show what the JVM and
 * the probe themselves cost (time to {@code main}, classes loaded).
 */
public final class BaselineColdStart {
  private BaselineColdStart() {}

  public static void main(String[] args) {
    ColdStartProbe.reportAndExit("jvm-baseline", "none");
  }
}
