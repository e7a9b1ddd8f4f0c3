package io.typedclient.bench.probe;

import java.lang.management.ManagementFactory;

/**
 * What every cold-start main calls once it holds its first decoded session: prints one line with the time since
 * the JVM started and the number of classes loaded, for the cold-start runner to parse.
 *
 * <p>The clock is read before anything from {@code java.lang.management} is touched, so the management classes
 * this probe itself loads cost no time in the figure; they are counted among the loaded classes, equally for every
 * contender, and the baseline row (a main that decodes nothing) shows how many that is.
 */
public final class ColdStartProbe {
  /** The prefix of the line the runner looks for. */
  public static final String PREFIX = "COLDSTART";

  private ColdStartProbe() {}

  /**
   * Prints {@code COLDSTART contender=... sinceJvmStartMs=... classesLoaded=... session=...} and ends the JVM
   * (some clients keep non-daemon pool threads alive). {@code session} is a short description of the decoded
   * session (id and status), so the runner can check that one was decoded.
   */
  public static void reportAndExit(String contender, String session) {
    long now = System.currentTimeMillis();
    long startedAt = ManagementFactory.getRuntimeMXBean().getStartTime();
    int classes = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
    System.out.println(PREFIX + " contender=" + contender + " sinceJvmStartMs=" + (now - startedAt)
        + " classesLoaded=" + classes + " session=" + session);
    System.out.flush();
    System.exit(0);
  }
}
