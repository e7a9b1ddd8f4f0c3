package io.typedclient.bench.floor;

import io.typedclient.bench.probe.ColdStartProbe;

/** Cold start: a fresh JVM builds the client, fetches one session and reports. Args: baseUrl token sessionId. */
public final class FloorColdStart {
  private FloorColdStart() {}

  public static void main(String[] args) {
    FloorSession session = FloorClient.create(args[0], args[1]).getSession(args[2]);
    ColdStartProbe.reportAndExit("floor", session.id() + "/" + session.status());
  }
}
