package io.typedclient.bench.report;

import java.util.LinkedHashMap;
import java.util.Map;

/** The contenders the report knows, in report order, with the labels its tables print. */
final class Contenders {
  static final String FLOOR = "floor";
  static final String OKTA_SDK = "okta-sdk";
  static final String OKTA_SDK_JACKSON = "okta-sdk-jackson";

  /** JSON contenders in report order, with their labels; those absent from the results are left out. */
  static final Map<String, String> JSON_LABELS = labels(
      "floor", "hand-written `JsonReader` loop (floor)",
      "ours", "**ours**: generated adapter",
      "moshi-reflective", "Moshi reflective (`ClassJsonAdapter`)",
      "okta-sdk-jackson", "okta-sdk: Jackson, SDK model + ObjectMapper");
  /** HTTP contenders in report order, with their labels. */
  static final Map<String, String> HTTP_LABELS = labels(
      "floor", "floor: JDK HttpClient + hand-written JSON",
      "floor-direct", "floor, JDK HttpClient with `executor(Runnable::run)`",
      "floor-urlconnection", "floor: bare `HttpURLConnection` + generated adapter",
      "ours-jdk", "**ours**, JDK HttpClient transport",
      "ours-urlconnection", "**ours**, HttpURLConnection transport",
      "ours", "**ours** (typedclient-okta-sessions)",
      "okta-sdk", "okta-sdk 24 (Apache HttpClient 5 + Jackson)",
      "retrofit", "Retrofit 3 + OkHttp 5 + Moshi reflective",
      "ours-jdk-bearer", "**ours**, OAuth 2.0 Bearer token",
      "ours-jdk-dpop-es256", "**ours**, OAuth 2.0 DPoP, ES256 proof per call",
      "ours-jdk-dpop-rs256", "**ours**, OAuth 2.0 DPoP, RS256 proof per call");
  static final String FLOOR_DIRECT = "floor-direct";
  static final String FLOOR_URLCONNECTION = "floor-urlconnection";

  private Contenders() {}

  private static Map<String, String> labels(String... pairs) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      labels.put(pairs[i], pairs[i + 1]);
    }
    return labels;
  }
}
