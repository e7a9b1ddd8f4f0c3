package io.typedclient.bench.contenders;

import com.squareup.moshi.JsonAdapter;
import io.typedclient.bench.retrofit.RetrofitSession;
import io.typedclient.bench.retrofit.RetrofitSessions;
import java.io.IOException;
import okio.Buffer;

/** Retrofit on OkHttp 5 with converter-moshi; for JSON alone, Moshi's reflective adapter for the same class. */
final class RetrofitContender {
  private RetrofitContender() {}

  static SessionFetcher fetcher(String baseUrl, String apiToken) {
    RetrofitSessions client = RetrofitSessions.create(baseUrl, apiToken);
    return new DelegatingFetcher(client::getSession, RetrofitContender::summary, client::close);
  }

  static SessionCodec codec() {
    JsonAdapter<RetrofitSession> adapter = RetrofitSessions.moshi().adapter(RetrofitSession.class);
    return new SessionCodec() {
      @Override
      public Object decode(byte[] json) throws IOException {
        return adapter.fromJson(new Buffer().write(json));
      }

      @Override
      public byte[] encode(Object session) throws IOException {
        Buffer buffer = new Buffer();
        adapter.toJson(buffer, (RetrofitSession) session);
        return buffer.readByteArray();
      }

      @Override
      public String summary(Object session) {
        return RetrofitContender.summary(session);
      }
    };
  }

  private static String summary(Object session) {
    RetrofitSession s = (RetrofitSession) session;
    return s.id() + "/" + s.status();
  }
}
