package io.typedclient.bench.contenders;

import java.util.List;

/**
 * The registry: contender names as they appear in JMH parameters, the cold-start runner and the report, and
 * the factories behind them. Adding a contender is one case here plus one class beside this one.
 */
public final class Contenders {
  /** Contenders of the getSession benchmarks, in report order; the first is the floor. */
  public static final List<String> HTTP =
      List.of("floor", "ours-jdk", "ours-urlconnection", "okta-sdk", "retrofit");
  /** Contenders of the JSON benchmarks, in report order; the first is the floor. */
  public static final List<String> JSON = List.of("floor", "ours", "moshi-reflective", "okta-sdk-jackson");

  private Contenders() {}

  /** A client for the org at {@code baseUrl} authenticating with {@code apiToken}. */
  public static SessionFetcher http(String name, String baseUrl, String apiToken) {
    switch (name) {
      case "floor":
        return FloorContender.fetcher(baseUrl, apiToken);
      case "ours-jdk":
        return OursContender.fetcher(baseUrl, apiToken, "jdk");
      case "ours-urlconnection":
        return OursContender.fetcher(baseUrl, apiToken, "urlconnection");
      case "okta-sdk":
        return OktaSdkContender.fetcher(baseUrl, apiToken);
      case "retrofit":
        return RetrofitContender.fetcher(baseUrl, apiToken);
      default:
        throw new IllegalArgumentException("unknown HTTP contender '" + name + "'; known: " + HTTP);
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
