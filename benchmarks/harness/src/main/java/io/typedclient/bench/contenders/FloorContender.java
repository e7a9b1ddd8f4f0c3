package io.typedclient.bench.contenders;

import io.typedclient.bench.floor.FloorClient;
import io.typedclient.bench.floor.FloorSession;
import io.typedclient.bench.floor.FloorSessionJson;
import java.io.IOException;

/** The floor: hand-written client on the JDK HttpClient, hand-written JSON loop. */
final class FloorContender {
  private FloorContender() {}

  static SessionFetcher fetcher(String baseUrl, String apiToken, boolean http2, boolean directExecutor) {
    FloorClient client = FloorClient.create(baseUrl, apiToken, http2, directExecutor);
    return new DelegatingFetcher(client::getSession, FloorContender::summary, client::close);
  }

  static SessionCodec codec() {
    return new SessionCodec() {
      @Override
      public Object decode(byte[] json) throws IOException {
        return FloorSessionJson.decode(json);
      }

      @Override
      public byte[] encode(Object session) throws IOException {
        return FloorSessionJson.encode((FloorSession) session);
      }

      @Override
      public String summary(Object session) {
        return FloorContender.summary(session);
      }
    };
  }

  private static String summary(Object session) {
    FloorSession s = (FloorSession) session;
    return s.id() + "/" + s.status();
  }
}
