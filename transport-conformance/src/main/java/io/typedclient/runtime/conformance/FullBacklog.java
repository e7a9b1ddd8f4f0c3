package io.typedclient.runtime.conformance;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

/**
 * A loopback listener whose accept backlog is full: the kernel drops further SYNs, so a connection to it stays
 * connecting until {@link #drain} frees the backlog (the SYN, sent again, then gets through) or its timeout ends
 * it. Nothing is ever accepted unless a case does so itself through {@link #listener}.
 */
final class FullBacklog implements AutoCloseable {
  private final ServerSocket listener;
  private final List<Socket> fillers = new ArrayList<>();

  private FullBacklog(ServerSocket listener) {
    this.listener = listener;
  }

  /** A listener with a backlog of one, filled by connections that are never accepted. */
  static FullBacklog open() throws IOException {
    FullBacklog backlog = new FullBacklog(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
    try {
      boolean full = false;
      for (int i = 0; i < 20 && !full; i++) {
        Socket filler = new Socket();
        backlog.fillers.add(filler);
        try {
          filler.connect(backlog.listener.getLocalSocketAddress(), 200);
        } catch (SocketTimeoutException e) {
          full = true;
        }
      }
      assertThat(full).isTrue();
      return backlog;
    } catch (IOException | RuntimeException | Error e) {
      backlog.close();
      throw e;
    }
  }

  ServerSocket listener() {
    return listener;
  }

  int port() {
    return listener.getLocalPort();
  }

  /** Frees the backlog: connections still trying get through to the listener. */
  void drain() throws IOException {
    for (Socket filler : fillers) {
      filler.close();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      drain();
    } finally {
      listener.close();
    }
  }
}
