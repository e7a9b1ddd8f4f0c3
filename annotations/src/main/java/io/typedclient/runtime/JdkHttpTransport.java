package io.typedclient.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The default {@link HttpTransport}, over {@code java.net.http.HttpClient} (Java 11+). Not available on
 * Android, which has no {@code java.net.http}: use {@code UrlConnectionTransport} there.
 */
public final class JdkHttpTransport implements HttpTransport {
  private final Duration connectTimeout;
  private final Executor executor;

  private JdkHttpTransport(Builder builder) {
    this.connectTimeout = builder.connectTimeout;
    this.executor = builder.executor;
  }

  /** A transport with default settings. */
  public static JdkHttpTransport create() {
    return builder().build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public HttpResponse execute(HttpRequest request) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  @Override
  public void close() {}

  /** Builds a {@link JdkHttpTransport}. */
  public static final class Builder {
    private Duration connectTimeout = ClientConfig.DEFAULT_CONNECT_TIMEOUT;
    private Executor executor;

    private Builder() {}

    /** Time allowed to open a connection. */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
      return this;
    }

    /** The executor for the HttpClient's asynchronous work; defaults to the HttpClient's own. */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /** The transport. */
    public JdkHttpTransport build() {
      return new JdkHttpTransport(this);
    }
  }
}
