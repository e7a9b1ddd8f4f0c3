package io.typedclient.reliability.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Relays every connection to one loopback port on to another, byte for byte: a server that appears on a port
 * where, a moment before, nothing listened (so a client first saw its connection refused). {@link #close()}
 * closes everything and waits for its threads.
 */
public final class PortForwarder implements AutoCloseable {
  private final ServerSocket server;
  private final int target;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final List<Thread> threads = new CopyOnWriteArrayList<>();
  private final AtomicInteger openClientConnections = new AtomicInteger();

  private PortForwarder(ServerSocket server, int target) {
    this.server = server;
    this.target = target;
  }

  /**
   * A loopback port held by a bound socket that does not listen: a connection to it is refused, and while the
   * reservation is held no server (another test's FakeOkta, say) can be given the port. A port that was merely free
   * a moment ago can be, and then a client meant to be refused reaches someone else's server.
   */
  public static final class ReservedPort implements AutoCloseable {
    private final Socket socket;

    private ReservedPort(Socket socket) {
      this.socket = socket;
    }

    public int port() {
      return socket.getLocalPort();
    }

    @Override
    public void close() {
      closeQuietly(socket);
    }
  }

  /** Reserves a loopback port on which nothing listens; see {@link ReservedPort}. */
  public static ReservedPort reservePort() {
    Socket socket = new Socket();
    try {
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      return new ReservedPort(socket);
    } catch (IOException e) {
      closeQuietly(socket);
      throw new UncheckedIOException(e);
    }
  }

  /** Gives up {@code reserved} and at once listens there, relaying each connection to loopback {@code target}. */
  public static PortForwarder start(ReservedPort reserved, int target) {
    reserved.close();
    return start(reserved.port(), target);
  }

  /** Listens on loopback {@code port} and relays each connection to loopback {@code target}. */
  private static PortForwarder start(int port, int target) {
    try {
      ServerSocket server = new ServerSocket();
      server.setReuseAddress(true);
      server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      PortForwarder forwarder = new PortForwarder(server, target);
      forwarder.spawn("accept", forwarder::accept);
      return forwarder;
    } catch (IOException e) {
      throw new UncheckedIOException("could not listen on port " + port, e);
    }
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
        sockets.add(client);
        sockets.add(upstream);
        openClientConnections.incrementAndGet();
        spawn("up", () -> {
          pump(client, upstream);
          openClientConnections.decrementAndGet();
        });
        spawn("down", () -> pump(upstream, client));
      } catch (IOException e) {
        return;
      }
    }
  }

  /** The port it listens on. */
  public int port() {
    return server.getLocalPort();
  }

  /**
   * Client connections the client has not closed yet. Unlike a server that is busy (or told to wait) before it
   * reads again, the forwarder always reads, so it sees a client hang up at once.
   */
  public int openClientConnections() {
    return openClientConnections.get();
  }

  private static void pump(Socket from, Socket to) {
    byte[] buffer = new byte[8192];
    try {
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      for (int n; (n = in.read(buffer)) >= 0; ) {
        out.write(buffer, 0, n);
        out.flush();
      }
      to.shutdownOutput();
    } catch (IOException e) {
      closeQuietly(to);
      closeQuietly(from);
    }
  }

  private void spawn(String name, Runnable work) {
    Thread thread = new Thread(work, "port-forwarder-" + server.getLocalPort() + "-" + name);
    thread.setDaemon(true);
    threads.add(thread);
    thread.start();
  }

  @Override
  public void close() {
    closeQuietly(server);
    for (Socket socket : sockets) {
      closeQuietly(socket);
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
    try {
      closeable.close();
    } catch (Exception e) {
      // Best effort: the socket is unusable either way.
    }
  }
}
