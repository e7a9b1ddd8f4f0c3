package io.typedclient.bench.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;

/**
 * An HTTP/1.1 server on a plain {@link ServerSocket}, or on an {@link SSLServerSocket} that allows TLS 1.3 only (and
 * offers no ALPN, so a client that asks for h2 gets HTTP/1.1): one thread per keep-alive connection, the request head
 * parsed once as Latin-1 text, the prepared response written with one {@code write}. Bounded: a head over
 * {@value #MAX_HEAD} bytes gets {@code 431} and the connection is closed; a request body is read and discarded.
 */
final class RawSessionServer implements SessionServer {
  static final int MAX_HEAD = 16 * 1024;
  /** Room for a thousand callers connecting at once. */
  private static final int BACKLOG = 1024;
  private static final byte[] HEAD_TOO_LARGE =
      "HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
          .getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] BAD_REQUEST =
      "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

  private final ServerSocket serverSocket;
  private final OktaResponses responses = new OktaResponses();
  private final ServerThreads threads = new ServerThreads("bench-raw-server");
  private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
  private final LongAdder requests = new LongAdder();
  private final LongAdder accepted = new LongAdder();
  private final String scheme;
  private volatile boolean closed;

  private RawSessionServer(ServerSocket serverSocket, String scheme) {
    this.serverSocket = serverSocket;
    this.scheme = scheme;
  }

  static RawSessionServer start() {
    try {
      return start(new ServerSocket(0, BACKLOG, InetAddress.getLoopbackAddress()), "http");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RawSessionServer startTls(SSLContext context) {
    try {
      SSLServerSocket socket = (SSLServerSocket) context.getServerSocketFactory()
          .createServerSocket(0, BACKLOG, InetAddress.getLoopbackAddress());
      socket.setEnabledProtocols(new String[] {LoopbackTls.PROTOCOL});
      return start(socket, "https");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static RawSessionServer start(ServerSocket socket, String scheme) {
    RawSessionServer server = new RawSessionServer(socket, scheme);
    server.threads.newThread(server::acceptLoop).start();
    return server;
  }

  @Override
  public String baseUrl() {
    return scheme + "://127.0.0.1:" + serverSocket.getLocalPort();
  }

  @Override
  public long connections() {
    return accepted.sum();
  }

  @Override
  public long requests() {
    return requests.sum();
  }

  @Override
  public long cpuNanos() {
    return threads.cpuNanos();
  }

  @Override
  public void close() {
    closed = true;
    try {
      serverSocket.close();
    } catch (IOException ignored) {
      // Closing anyway.
    }
    for (Socket connection : connections) {
      closeQuietly(connection);
    }
  }

  private void acceptLoop() {
    while (!closed) {
      Socket socket;
      try {
        socket = serverSocket.accept();
      } catch (IOException e) {
        return; // closed
      }
      connections.add(socket);
      accepted.increment();
      threads.newThread(() -> serve(socket)).start();
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      socket.setTcpNoDelay(true);
      InputStream in = socket.getInputStream();
      OutputStream out = socket.getOutputStream();
      byte[] buf = new byte[MAX_HEAD];
      int len = 0;
      while (!closed) {
        int headEnd;
        while ((headEnd = headEnd(buf, len)) < 0) {
          if (len == buf.length) {
            out.write(HEAD_TOO_LARGE);
            return;
          }
          int n = in.read(buf, len, buf.length - len);
          if (n < 0) {
            return;
          }
          len += n;
        }
        Request request = Request.parse(new String(buf, 0, headEnd, StandardCharsets.ISO_8859_1));
        if (request == null) {
          out.write(BAD_REQUEST);
          return;
        }
        int consumed = headEnd + 4;
        long toSkip = request.contentLength;
        long buffered = Math.min(toSkip, len - consumed);
        consumed += (int) buffered;
        toSkip -= buffered;
        while (toSkip > 0) {
          long skipped = in.skip(toSkip);
          if (skipped <= 0) {
            return;
          }
          toSkip -= skipped;
        }
        // Counted before answering, so a client that has its response always sees it counted.
        requests.increment();
        out.write(responses.raw(OktaResponses.route(request.method, request.target, request.authorization, request.dpop)));
        System.arraycopy(buf, consumed, buf, 0, len - consumed);
        len -= consumed;
        if (request.close) {
          return;
        }
      }
    } catch (IOException e) {
      // The client went away; nothing to answer.
    } finally {
      connections.remove(socket);
    }
  }

  /** Index of the {@code \r\n\r\n} that ends the head, or -1. */
  private static int headEnd(byte[] buf, int len) {
    for (int i = 3; i < len; i++) {
      if (buf[i] == '\n' && buf[i - 1] == '\r' && buf[i - 2] == '\n' && buf[i - 3] == '\r') {
        return i - 3;
      }
    }
    return -1;
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Closing anyway.
    }
  }

  /** What the server needs from a request head. */
  private static final class Request {
    final String method;
    final String target;
    final String authorization;
    final long contentLength;
    final boolean close;
    final boolean dpop;

    private Request(String method, String target, String authorization, long contentLength, boolean close,
        boolean dpop) {
      this.method = method;
      this.target = target;
      this.authorization = authorization;
      this.contentLength = contentLength;
      this.close = close;
      this.dpop = dpop;
    }

    /** Parses a head (without the final blank line); null when it is not HTTP/1.x. */
    static Request parse(String head) {
      int lineEnd = head.indexOf("\r\n");
      String requestLine = lineEnd < 0 ? head : head.substring(0, lineEnd);
      int sp1 = requestLine.indexOf(' ');
      int sp2 = requestLine.lastIndexOf(' ');
      if (sp1 <= 0 || sp2 <= sp1 || !requestLine.startsWith("HTTP/1.", sp2 + 1)) {
        return null;
      }
      boolean http10 = requestLine.endsWith("1.0");
      String authorization = null;
      long contentLength = 0;
      boolean close = http10;
      boolean dpop = false;
      int pos = lineEnd < 0 ? head.length() : lineEnd + 2;
      while (pos < head.length()) {
        int end = head.indexOf("\r\n", pos);
        if (end < 0) {
          end = head.length();
        }
        int colon = head.indexOf(':', pos);
        if (colon > pos && colon < end) {
          String value = head.substring(colon + 1, end).trim();
          int nameLength = colon - pos;
          if (matches(head, pos, nameLength, "authorization")) {
            authorization = value;
          } else if (matches(head, pos, nameLength, "content-length")) {
            try {
              contentLength = Long.parseLong(value);
            } catch (NumberFormatException e) {
              return null;
            }
          } else if (matches(head, pos, nameLength, "dpop")) {
            dpop = !value.isEmpty();
          } else if (matches(head, pos, nameLength, "connection")) {
            close = value.equalsIgnoreCase("close") || (http10 && !value.equalsIgnoreCase("keep-alive"));
          }
        }
        pos = end + 2;
      }
      if (contentLength < 0) {
        return null;
      }
      return new Request(requestLine.substring(0, sp1), requestLine.substring(sp1 + 1, sp2), authorization,
          contentLength, close, dpop);
    }

    private static boolean matches(String head, int pos, int length, String name) {
      return length == name.length() && head.regionMatches(true, pos, name, 0, length);
    }
  }
}
