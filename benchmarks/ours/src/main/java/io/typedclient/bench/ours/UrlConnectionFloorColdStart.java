package io.typedclient.bench.ours;

import io.typedclient.bench.probe.ColdStartProbe;
import io.typedclient.okta.Session;

/** Cold start of {@link UrlConnectionFloor}: a fresh JVM fetches one session and reports. Args: baseUrl token sessionId. */
public final class UrlConnectionFloorColdStart {
  private UrlConnectionFloorColdStart() {}

  public static void main(String[] args) {
    Session session = UrlConnectionFloor.create(args[0], args[1]).getSession(args[2]);
    ColdStartProbe.reportAndExit("floor-urlconnection", session.id() + "/" + session.status());
  }
}
