package io.typedclient.okta;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;

/**
 * The session adapter exactly as {@code OktaSessions.builder().build()} wires it: the generated
 * {@link SessionJsonAdapter} over a Moshi holding the client's own {@code _links} adapter. Lives in the client's
 * package (benchmark code on the classpath, not part of the client) because that adapter is package-private.
 */
public final class BenchmarkAdapters {
  private BenchmarkAdapters() {}

  /** A null-safe adapter for {@link Session}, as the generated client holds it. */
  public static JsonAdapter<Session> session() {
    Moshi moshi = new Moshi.Builder().add(SessionLinksJsonAdapter.FACTORY).build();
    return new SessionJsonAdapter(moshi).nullSafe();
  }
}
