package io.typedclient.bench.contenders;

import java.util.List;

/**
 * The registry: contender names as they appear in JMH parameters, the cold-start runner and the report, and
 * the factories behind them. Adding a contender is one case here plus one class beside this one.
 */
public final class Contenders {
  /**
   * Contenders of the getSession benchmarks over HTTP/1.1 (plain and TLS), in report order; the first is the floor.
   * {@code floor-direct} is the floor with {@code Runnable::run} as the JDK client's executor; {@code floor-urlconnection}
   * the floor of the {@code HttpURLConnection} transport (a bare loop with the client's generated adapter).
   */
  public static final List<String> HTTP = List.of(
      "floor", "floor-direct", "floor-urlconnection", "ours-jdk", "ours-urlconnection", "okta-sdk", "retrofit");
  /** Contenders that speak h2 (by ALPN over TLS), in report order: okta-sdk's Apache classic client and {@code HttpURLConnection} do not. */
  public static final List<String> HTTP2 = List.of("floor", "floor-direct", "ours-jdk", "retrofit");
  /**
   * The client as an OAuth 2.0 service app on the default transport: a Bearer token, and DPoP with ES256 and with
   * RS256 keys (a proof signed for every call). The token endpoint is asked once; the calls are what is measured.
   */
  public static final List<String> OAUTH = List.of("ours-jdk-bearer", "ours-jdk-dpop-es256", "ours-jdk-dpop-rs256");
  /** Contenders of the JSON benchmarks, in report order; the first is the floor. */
  public static final List<String> JSON = List.of("floor", "ours", "moshi-reflective", "okta-sdk-jackson");

  private Contenders() {}

  /** A client for the org at {@code baseUrl} authenticating with {@code apiToken}, over HTTP/1.1. */
  public static SessionFetcher http(String name, String baseUrl, String apiToken) {
    return http(name, baseUrl, apiToken, false);
  }

  /**
   * A client for the org at {@code baseUrl} authenticating with {@code apiToken} (the OAuth contenders ask the org's
   * token endpoint instead); {@code http2} makes the floors ask for h2, which the other clients that speak it
   * negotiate by themselves.
   */
  public static SessionFetcher http(String name, String baseUrl, String apiToken, boolean http2) {
    switch (name) {
      case "floor":
        return FloorContender.fetcher(baseUrl, apiToken, http2, false);
      case "floor-direct":
        return FloorContender.fetcher(baseUrl, apiToken, http2, true);
      case "floor-urlconnection":
        return OursContender.urlConnectionFloor(baseUrl, apiToken);
      case "ours-jdk-bearer":
        return OursContender.oauth(baseUrl, false, "ES256");
      case "ours-jdk-dpop-es256":
        return OursContender.oauth(baseUrl, true, "ES256");
      case "ours-jdk-dpop-rs256":
        return OursContender.oauth(baseUrl, true, "RS256");
      case "ours-jdk":
        return OursContender.fetcher(baseUrl, apiToken, "jdk");
      case "ours-urlconnection":
        return OursContender.fetcher(baseUrl, apiToken, "urlconnection");
      case "okta-sdk":
        return OktaSdkContender.fetcher(baseUrl, apiToken);
      case "retrofit":
        return RetrofitContender.fetcher(baseUrl, apiToken);
      default:
        throw new IllegalArgumentException("unknown HTTP contender '" + name + "'; known: " + HTTP + " " + OAUTH);
    }
  }

  /** The JSON mapping named {@code name}. */
  public static SessionCodec json(String name) {
    switch (name) {
      case "floor":
        return FloorContender.codec();
      case "ours":
        return OursContender.codec();
      case "moshi-reflective":
        return RetrofitContender.codec();
      case "okta-sdk-jackson":
        return OktaSdkContender.codec();
      default:
        throw new IllegalArgumentException("unknown JSON contender '" + name + "'; known: " + JSON);
    }
  }
}
