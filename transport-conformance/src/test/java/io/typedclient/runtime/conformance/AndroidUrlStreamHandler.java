package io.typedclient.runtime.conformance;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;

/**
 * A test double of Android's {@code http:} handler: its connections are {@link AndroidHttpUrlConnection}s, which
 * behave as Android's {@code HttpURLConnection} does where the JDK's differs (see that class). Android's handler
 * gives every connection it opens one OkHttp client and so one connection pool; so does this one.
 */
final class AndroidUrlStreamHandler extends URLStreamHandler implements AutoCloseable {
  private final OkHttpClient client =
      new OkHttpClient.Builder()
          // Android follows a redirect only within its protocol: http to http, https to https.
          .followSslRedirects(false)
          .build();
  /** Runs each connection's exchange, so that connect(), the body and the response can be separate steps. */
  private final ExecutorService exchanges;

  AndroidUrlStreamHandler() {
    AtomicInteger count = new AtomicInteger();
    exchanges = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "android-urlconnection-double-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /** An unconnected connection to {@code url}, as {@code url.openConnection()} gives one on Android. */
  HttpURLConnection open(URL url) throws IOException {
    return (HttpURLConnection) new URL(null, url.toExternalForm(), this).openConnection();
  }

  @Override
  protected URLConnection openConnection(URL url) {
    return new AndroidHttpUrlConnection(url, client, exchanges);
  }

  /** Ends the exchanges still running and closes the pooled connections. */
  @Override
  public void close() {
    exchanges.shutdownNow();
    client.connectionPool().evictAll();
  }
}
