package io.typedclient.bench.ours;

import io.typedclient.okta.OktaSessions;
import io.typedclient.okta.SessionApiClient;
import io.typedclient.runtime.UrlConnectionTransport;

/**
 * The client as its README sets it up for an API token, with its defaults (retries on: they cost nothing on a
 * 200), on either transport.
 */
public final class OursSessions {
  private OursSessions() {}

  /**
   * A client for the org at {@code baseUrl} with an API token; {@code transport} is {@code jdk} (the default
   * transport over {@code java.net.http}) or {@code urlconnection} ({@code UrlConnectionTransport}, for Android).
   */
  public static SessionApiClient create(String baseUrl, String apiToken, String transport) {
    OktaSessions.Builder builder = OktaSessions.builder().orgUrl(baseUrl).apiToken(apiToken);
    switch (transport) {
      case "jdk":
        break;
      case "urlconnection":
        builder.transport(UrlConnectionTransport.create());
        break;
      default:
        throw new IllegalArgumentException("unknown transport '" + transport + "' (expected jdk or urlconnection)");
    }
    return builder.build();
  }
}
