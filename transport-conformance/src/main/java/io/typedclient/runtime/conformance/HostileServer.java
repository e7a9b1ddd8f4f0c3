package io.typedclient.runtime.conformance;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server on 127.0.0.1 that answers every connection with exactly the bytes a test scripts: wrong framing,
 * endless trailers, interim responses, challenges, bodies that stall. Nothing is added or checked on the way out,
 * which is the point: it plays a hostile or broken server below what a real HTTP server would let a test do.
 *
 * <p>Each accepted connection runs the {@link Script} on a daemon thread of its own. The server records each
 * request head it reads, counts connections as they are accepted and as the client hangs up, and
 * {@link #close()} closes every socket and waits for the threads. Public so that a transport's own tests, and
 * other test suites, can script servers of their own.
 *
 * <pre>
 * try (HostileServer server = HostileServer.start(connection -&gt; {
 *   connection.readRequest();
 *   connection.send("HTTP/1.1 200 OK\r\nContent-Length: abc\r\n\r\nhello");
 * })) {
 *   transport.execute(HttpRequest.builder("GET", server.uri("/x")).build());
 * }
 * </pre>
 */
public final class HostileServer implements AutoCloseable {
  /** What the server does with one connection. */
  @FunctionalInterface
  public interface Script {
    /** Plays one connection; an {@link IOException} (the client hung up) ends it quietly. */
    void play(Connection connection) throws IOException, InterruptedException;
  }

  private final ServerSocket serverSocket;
  private final Script script;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final List<Thread> threads = new CopyOnWriteArrayList<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger accepted = new AtomicInteger();
  private final AtomicInteger hungUp = new AtomicInteger();

  private HostileServer(ServerSocket serverSocket, Script script) {
    this.serverSocket = serverSocket;
    this.script = script;
  }

  /** Listens on a free port of 127.0.0.1 and plays {@code script} for every connection. */
  public static HostileServer start(Script script) {
    ServerSocket serverSocket = null;
    try {
      serverSocket = new ServerSocket();
      serverSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    } catch (IOException e) {
      closeQuietly(serverSocket);
      throw new UncheckedIOException(e);
    }
    HostileServer server = new HostileServer(serverSocket, script);
    server.spawn("accept", server::accept);
    return server;
  }

  /** {@code http://127.0.0.1:<port><path>}. */
  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + serverSocket.getLocalPort() + path);
  }

  /** Connections accepted so far. */
  public int connections() {
    return accepted.get();
  }

  /** Connections the client has closed so far, as far as a script noticed (see {@link Connection#awaitHangUp}). */
  public int hangUps() {
    return hungUp.get();
  }

  /** The request heads read so far (request line and headers), in the order they came. */
  public List<String> requests() {
    return new ArrayList<>(requests);
  }

  /** Waits until {@code count} request heads have arrived; false if {@code timeout} passes first. */
  public boolean awaitRequests(int count, Duration timeout) throws InterruptedException {
    return await(() -> requests.size() >= count, timeout);
  }

  /** Waits until {@code count} connections have been hung up by the client; false if {@code timeout} passes first. */
  public boolean awaitHangUps(int count, Duration timeout) throws InterruptedException {
    return await(() -> hungUp.get() >= count, timeout);
  }

  private static boolean await(java.util.function.BooleanSupplier condition, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        return false;
      }
      Thread.sleep(10);
    }
    return true;
  }

  private void accept() {
    while (!serverSocket.isClosed()) {
      Socket socket;
      try {
        socket = serverSocket.accept();
      } catch (IOException e) {
        return;
      }
      accepted.incrementAndGet();
      sockets.add(socket);
      Connection connection = new Connection(socket);
      spawn("connection-" + accepted.get(), () -> {
        try {
          script.play(connection);
        } catch (IOException e) {
          // The client hung up, or the server is closing: either ends this connection.
          connection.noteHangUp();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } finally {
          closeQuietly(socket);
        }
      });
    }
  }

  private void spawn(String name, Runnable work) {
    Thread thread = new Thread(work, "hostile-server-" + serverSocket.getLocalPort() + "-" + name);
    thread.setDaemon(true);
    threads.add(thread);
    thread.start();
  }

  /** Closes the listening socket and every connection, and waits up to 5 s for the scripts to end. */
  @Override
  public void close() {
    closeQuietly(serverSocket);
    for (Socket socket : sockets) {
      closeQuietly(socket);
    }
    for (Thread thread : threads) {
      thread.interrupt();
    }
    for (Thread thread : threads) {
      try {
        thread.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static void closeQuietly(AutoCloseable closeable) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (Exception e) {
      // Best effort: the socket is unusable either way.
    }
  }

  /** One accepted connection, as a script sees it. */
  public final class Connection {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private boolean hungUp;

    Connection(Socket socket) {
      this.socket = socket;
      try {
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * Reads one request: its head (request line and headers, returned without the final empty line) and as many
     * body bytes as its {@code Content-Length} says. Throws {@link IOException} if the client hangs up first.
     */
    public String readRequest() throws IOException {
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      int matched = 0;
      while (matched < 4) {
        int b = in.read();
        if (b < 0) {
          throw new SocketException("the client closed the connection before a whole request head");
        }
        head.write(b);
        matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
      }
      String text = new String(head.toByteArray(), ISO_8859_1);
      text = text.substring(0, text.length() - 4);
      long length = contentLength(text);
      for (long i = 0; i < length; i++) {
        if (in.read() < 0) {
          throw new SocketException("the client closed the connection inside the request body");
        }
      }
      requests.add(text);
      return text;
    }

    /** Sends {@code text} as ISO-8859-1 bytes, at once. */
    public Connection send(String text) throws IOException {
      return send(text.getBytes(ISO_8859_1));
    }

    /** Sends {@code bytes}, at once. */
    public Connection send(byte[] bytes) throws IOException {
      out.write(bytes);
      out.flush();
      return this;
    }

    /**
     * Sends {@code text} again and again, {@code pause} apart, until the client hangs up (then returns) or
     * {@code limit} passes (then throws {@link SocketTimeoutException}): for trailers or headers without end.
     */
    public void sendUntilHangUp(String text, Duration pause, Duration limit) throws IOException, InterruptedException {
      long deadline = System.nanoTime() + limit.toNanos();
      byte[] bytes = text.getBytes(ISO_8859_1);
      while (System.nanoTime() - deadline < 0) {
        try {
          send(bytes);
        } catch (IOException e) {
          noteHangUp();
          return;
        }
        if (!pause.isZero()) {
          TimeUnit.NANOSECONDS.sleep(pause.toNanos());
        }
      }
      throw new SocketTimeoutException("the client was still reading after " + limit.toMillis() + " ms");
    }

    /**
     * Waits, reading and discarding whatever comes, until the client hangs up (true) or {@code timeout} passes
     * (false); the server counts the hang-up.
     */
    public boolean awaitHangUp(Duration timeout) throws IOException {
      long deadline = System.nanoTime() + timeout.toNanos();
      byte[] buffer = new byte[8192];
      while (true) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          return false;
        }
        socket.setSoTimeout((int) Math.min(left, Integer.MAX_VALUE));
        try {
          if (in.read(buffer) < 0) {
            noteHangUp();
            return true;
          }
        } catch (SocketTimeoutException e) {
          return false;
        } catch (IOException e) {
          noteHangUp();
          return true;
        }
      }
    }

    void noteHangUp() {
      if (!hungUp) {
        hungUp = true;
        HostileServer.this.hungUp.incrementAndGet();
      }
    }
  }

  private static long contentLength(String head) {
    for (String line : head.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
        return Long.parseLong(line.substring(colon + 1).trim());
      }
    }
    return 0;
  }
}
