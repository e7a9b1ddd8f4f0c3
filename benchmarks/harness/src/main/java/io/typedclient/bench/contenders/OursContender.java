package io.typedclient.bench.contenders;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import io.typedclient.bench.ours.OursSessions;
import io.typedclient.bench.ours.UrlConnectionFloor;
import io.typedclient.okta.BenchmarkAdapters;
import io.typedclient.okta.Session;
import io.typedclient.okta.SessionApiClient;
import java.io.IOException;
import okio.Buffer;

/**
 * The typedclient Okta Sessions client: the generated {@code SessionApiClient} on the JDK or the HttpURLConnection
 * transport, or as an OAuth 2.0 service app; the bare {@code HttpURLConnection} floor, which decodes with the same
 * generated adapter; for JSON alone, the generated {@code SessionJsonAdapter}, read the way the runtime reads a body.
 */
final class OursContender {
  private OursContender() {}

  static SessionFetcher fetcher(String baseUrl, String apiToken, String transport) {
    SessionApiClient client = OursSessions.create(baseUrl, apiToken, transport);
    return new DelegatingFetcher(client::getSession, OursContender::summary, client::close);
  }

  /** The bare {@code HttpURLConnection} loop with the client's generated adapter: the floor of that transport. */
  static SessionFetcher urlConnectionFloor(String baseUrl, String apiToken) {
    UrlConnectionFloor client = UrlConnectionFloor.create(baseUrl, apiToken);
    return new DelegatingFetcher(client::getSession, OursContender::summary, client::close);
  }

  /** The client as an OAuth 2.0 service app, with a Bearer token or with DPoP proofs signed by {@code algorithm}. */
  static SessionFetcher oauth(String baseUrl, boolean dpop, String algorithm) {
    SessionApiClient client = OursSessions.oauth(baseUrl, dpop, algorithm);
    return new DelegatingFetcher(client::getSession, OursContender::summary, client::close);
  }

  static SessionCodec codec() {
    JsonAdapter<Session> adapter = BenchmarkAdapters.session();
    return new SessionCodec() {
      @Override
      public Object decode(byte[] json) throws IOException {
        try (JsonReader reader = JsonReader.of(new Buffer().write(json))) {
          return adapter.fromJson(reader);
        }
      }

      @Override
      public byte[] encode(Object session) throws IOException {
        Buffer buffer = new Buffer();
        adapter.toJson(buffer, (Session) session);
        return buffer.readByteArray();
      }

      @Override
      public String summary(Object session) {
        return OursContender.summary(session);
      }
    };
  }

  private static String summary(Object session) {
    Session s = (Session) session;
    return s.id() + "/" + s.status();
  }
}
