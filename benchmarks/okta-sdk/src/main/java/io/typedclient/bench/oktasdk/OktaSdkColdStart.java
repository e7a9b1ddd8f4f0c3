package io.typedclient.bench.oktasdk;

import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.Session;
import io.typedclient.bench.probe.ColdStartProbe;

/** Cold start: a fresh JVM builds the client, fetches one session and reports. Args: baseUrl token sessionId. */
public final class OktaSdkColdStart {
  private OktaSdkColdStart() {}

  public static void main(String[] args) throws ApiException {
    Session session = OktaSdkSessions.create(args[0], args[1]).getSession(args[2]);
    ColdStartProbe.reportAndExit("okta-sdk", session.getId() + "/" + session.getStatus());
  }
}
