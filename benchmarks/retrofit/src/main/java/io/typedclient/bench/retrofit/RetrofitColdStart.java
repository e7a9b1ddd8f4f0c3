package io.typedclient.bench.retrofit;

import io.typedclient.bench.probe.ColdStartProbe;

/** Cold start: a fresh JVM builds the client, fetches one session and reports. Args: baseUrl token sessionId. */
public final class RetrofitColdStart {
  private RetrofitColdStart() {}

  public static void main(String[] args) {
    RetrofitSession session = RetrofitSessions.create(args[0], args[1]).getSession(args[2]);
    ColdStartProbe.reportAndExit("retrofit", session.id() + "/" + session.status());
  }
}
