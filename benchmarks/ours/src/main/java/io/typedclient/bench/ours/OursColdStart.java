package io.typedclient.bench.ours;

import io.typedclient.bench.probe.ColdStartProbe;
import io.typedclient.okta.Session;

/**
 * Cold start: a fresh JVM builds the client, fetches one session and reports. Args: baseUrl token sessionId
 * transport ({@code jdk} or {@code urlconnection}).
 */
public final class OursColdStart {
  private OursColdStart() {}

  public static void main(String[] args) {
    Session session = OursSessions.create(args[0], args[1], args[3]).getSession(args[2]);
    ColdStartProbe.reportAndExit("ours-" + args[3], session.id() + "/" + session.status());
  }
}
