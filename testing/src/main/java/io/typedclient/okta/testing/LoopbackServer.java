package io.typedclient.okta.testing;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * A small blocking HTTP/1.1 server on the loopback interface: one thread accepts, one thread serves each open
 * connection (keep-alive), all of them daemons from a pool that {@link #close()} shuts down.
 *
 * <p>FakeOkta owns the bytes on the wire instead of using {@code com.sun.net.httpserver}: that server always
 * writes its own {@code Date} header from the real time, so a {@code Date} from a test clock, a response without
 * {@code Date}, or a connection cut at an exact byte could not be produced with it.
 */
final class LoopbackServer implements AutoCloseable {
  /** Turns requests into replies. Implementations never throw. */
  interface Handler {
    Reply handle(IncomingRequest request);

    /** The answer to bytes that are not a valid HTTP/1.1 request; the connection closes after it. */
    Response rejected(int status, String reason);
  }

  /**
   * Open connections served at once; plenty for tests (16 concurrent clients) and benchmarks. A connection beyond
   * them is closed as soon as it is accepted, which a client sees as a dropped connection.
   */
  static final int MAX_CONNECTIONS = 64;
  /** An idle keep-alive connection is closed after this long, as servers do; clients then open a new one. */
  static final int IDLE_TIMEOUT_MILLIS = 30_000;
  private static final int LINGER_MILLIS = 250;
  private static final int CLOSE_WAIT_MILLIS = 5_000;

  private final ServerSocket serverSocket;
  private final ThreadPoolExecutor threads;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private final Set<Thread> live = ConcurrentHashMap.newKeySet();
  private final AtomicInteger accepted = new AtomicInteger();
  /** Set once by {@link #start}, before the acceptor thread that reads it exists. */
  private Handler handler;
  private volatile boolean closed;

  private LoopbackServer(ServerSocket serverSocket) {
    this.serverSocket = serverSocket;
    // One more thread than connections: the acceptor. Threads start on demand and end after idling a while.
    this.threads = new ThreadPoolExecutor(0, MAX_CONNECTIONS + 1, 10, TimeUnit.SECONDS, new SynchronousQueue<>(),
        new DaemonThreads("fake-okta-" + serverSocket.getLocalPort() + "-"));
  }

  /**
   * Binds to 127.0.0.1 ({@code port} 0: a free port), speaking TLS with {@code tls} unless it is null; nothing is
   * accepted before {@link #start}.
   */
  static LoopbackServer bind(int port, SSLContext tls) throws IOException {
    ServerSocket serverSocket = tls == null ? new ServerSocket() : tls.getServerSocketFactory().createServerSocket();
    try {
      serverSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
    } catch (IOException e) {
      serverSocket.close();
      throw e;
    }
    return new LoopbackServer(serverSocket);
  }

  void start(Handler handler) {
    this.handler = handler;
    threads.execute(new Acceptor());
  }

  int port() {
    return serverSocket.getLocalPort();
  }

  /** Connections accepted and not closed yet by either side. */
  int openConnections() {
    return sockets.size();
  }

  /** Connections accepted since the server started, refused ones (over {@link #MAX_CONNECTIONS}) included. */
  int acceptedConnections() {
    return accepted.get();
  }

  private void acceptLoop() {
    while (!closed) {
      Socket socket;
      try {
        socket = serverSocket.accept();
      } catch (IOException e) {
        if (closed || serverSocket.isClosed()) {
          return;
        }
        // Out of file descriptors, most likely: give the system a moment instead of spinning.
        try {
          TimeUnit.MILLISECONDS.sleep(10);
        } catch (InterruptedException interrupted) {
          return;
        }
        continue;
      }
      accepted.incrementAndGet();
      sockets.add(socket);
      // Checked after the add: close() sets the flag before it closes the sockets it sees, so between the two
      // of us every socket gets closed.
      if (closed) {
        closeQuietly(socket);
        return;
      }
      try {
        threads.execute(() -> serve(socket));
      } catch (RejectedExecutionException e) {
        sockets.remove(socket);
        closeQuietly(socket);
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(IDLE_TIMEOUT_MILLIS);
      InputStream in = new BufferedInputStream(socket.getInputStream());
      OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
      RequestReader reader = new RequestReader(in, out);
      while (!closed) {
        IncomingRequest request;
        try {
          request = reader.read();
        } catch (BadRequestException e) {
          Response rejected = handler.rejected(e.status, e.getMessage()).withHeader("Connection", "close");
          Replies.complete(rejected).writeTo(out, false);
          out.flush();
          lingeringClose(socket, in);
          return;
        }
        if (request == null) {
          return;
        }
        Reply reply = handler.handle(request);
        boolean keepOpen = reply.writeTo(out, request.isHead());
        out.flush();
        if (!keepOpen) {
          // Shut the output down first so the client sees a clean end of stream (FIN) after the bytes sent.
          socket.shutdownOutput();
          return;
        }
        if (request.wantsClose()) {
          return;
        }
      }
    } catch (SocketException e) {
      // The client went away, or close() closed the socket under us.
    } catch (IOException e) {
      // An idle timeout, a client that stopped mid-request, or an end of stream: the connection is done.
    } finally {
      sockets.remove(socket);
    }
  }

  /**
   * Closes after an answer to a request that was not read to its end. Closing a socket with unread input makes
   * the kernel send a reset, which can destroy the answer before the client reads it; so the output is shut
   * down first and what the client still sends is read and dropped for a moment.
   */
  private static void lingeringClose(Socket socket, InputStream in) throws IOException {
    socket.shutdownOutput();
    socket.setSoTimeout(LINGER_MILLIS);
    byte[] discard = new byte[8192];
    long total = 0;
    for (int n; total < RequestReader.MAX_BODY && (n = in.read(discard)) >= 0; ) {
      total += n;
    }
  }

  /** Stops accepting, closes every connection, and waits for every thread of this server to end. */
  @Override
  public void close() {
    closed = true;
    closeQuietly(serverSocket);
    for (Socket socket : sockets) {
      closeQuietly(socket);
    }
    threads.shutdownNow();
    try {
      // Every thread was interrupted and every socket it could block on is closed: this returns at once.
      for (Thread thread : live) {
        if (thread != Thread.currentThread()) {
          thread.join(CLOSE_WAIT_MILLIS);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      // Closing is best effort; the socket is unusable either way.
    }
  }

  /**
   * Daemon threads that {@link #close()} can wait for: each one is known until it has terminated. Classes
   * rather than lambdas here: every start runs this code, and a lambda pays a bootstrap on its first use in a JVM.
   */
  private final class DaemonThreads implements ThreadFactory {
    private final String prefix;
    private final AtomicInteger count = new AtomicInteger();

    DaemonThreads(String prefix) {
      this.prefix = prefix;
    }

    @Override
    public Thread newThread(Runnable runnable) {
      Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      // A thread stays in the set until it has terminated, not merely left its task: close() joins it, so no
      // thread of this server is alive once close() returns. Dead ones are dropped here, as new ones start.
      for (Thread known : live) {
        if (known.getState() == Thread.State.TERMINATED) {
          live.remove(known);
        }
      }
      live.add(thread);
      return thread;
    }
  }

  private final class Acceptor implements Runnable {
    @Override
    public void run() {
      acceptLoop();
    }
  }
}
