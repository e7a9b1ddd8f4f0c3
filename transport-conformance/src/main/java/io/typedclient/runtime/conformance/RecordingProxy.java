package io.typedclient.runtime.conformance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A forwarding HTTP proxy on loopback for tests, that really tunnels: it answers {@code CONNECT host:port}, opens a
 * connection to the host (resolving names itself, or by {@link Builder#mapHost}, so a test can use a name that only
 * the proxy knows) and copies bytes both ways. It records everything it saw in clear text (each request line and its
 * headers, before any tunnel), and counts the bytes it tunnelled without reading them.
 *
 * <p>It can require Basic credentials (a {@code 407} with {@code Proxy-Authenticate: Basic} otherwise), and misbehave
 * on purpose: never answer a {@code CONNECT}, close a tunnel as soon as it is established, establish a tunnel and
 * forward nothing, or refuse every tunnel with a status of the test's choosing. A request that is not a
 * {@code CONNECT} is recorded and answered {@code 501}. Only loopback clients can reach it. {@link #close()} ends
 * every connection and thread.
 *
 * <pre>
 * try (RecordingProxy proxy = RecordingProxy.builder().requireCredentials("user", "secret")
 *     .mapHost("okta.test", "127.0.0.1").start()) {
 *   // send an https request to okta.test:PORT through 127.0.0.1:proxy.port()
 *   assertThat(proxy.connects().get(0).target()).isEqualTo("okta.test:" + PORT);
 * }
 * </pre>
 */
public final class RecordingProxy implements AutoCloseable {
  /** What the proxy does with a {@code CONNECT} it accepts. */
  public enum Behaviour {
    /** Answers 200 and tunnels. */
    TUNNEL,
    /** Reads the {@code CONNECT} and never answers it. */
    STALL_BEFORE_ANSWER,
    /** Answers 200, then closes the connection. */
    CLOSE_AFTER_ESTABLISHED,
    /** Answers 200, then forwards nothing either way. */
    STALL_AFTER_ESTABLISHED
  }

  private static final int MAX_HEAD = 64 * 1024;

  private final ServerSocket server;
  private final String expectedAuthorization;
  private final Map<String, String> hosts;
  private final Behaviour behaviour;
  private final int refuseWith;
  private final List<Connect> connects = Collections.synchronizedList(new ArrayList<>());
  private final ByteArrayOutputStream clearText = new ByteArrayOutputStream();
  private final AtomicLong tunnelled = new AtomicLong();
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private final CountDownLatch closed = new CountDownLatch(1);

  private RecordingProxy(Builder builder) throws IOException {
    this.expectedAuthorization = builder.user == null ? null : "Basic " + Base64.getEncoder().encodeToString(
        (builder.user + ":" + builder.password).getBytes(StandardCharsets.UTF_8));
    this.hosts = new HashMap<>(builder.hosts);
    this.behaviour = builder.behaviour;
    this.refuseWith = builder.refuseWith;
    this.server = new ServerSocket();
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    Thread acceptor = new Thread(this::accept, "recording-proxy-" + server.getLocalPort());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** A proxy that tunnels every {@code CONNECT} without asking for credentials. */
  public static RecordingProxy start() {
    return builder().start();
  }

  /** A builder: no credentials required, every {@code CONNECT} tunnelled, names resolved as the JVM does. */
  public static Builder builder() {
    return new Builder();
  }

  /** {@code 127.0.0.1}. */
  public String host() {
    return server.getInetAddress().getHostAddress();
  }

  /** The port it listens on, on {@link #host()}. */
  public int port() {
    return server.getLocalPort();
  }

  /** Every {@code CONNECT} received, in order, whatever the answer. */
  public List<Connect> connects() {
    synchronized (connects) {
      return new ArrayList<>(connects);
    }
  }

  /** Everything the proxy read outside tunnels: request lines and headers, as ISO-8859-1 text. */
  public String clearText() {
    synchronized (clearText) {
      return new String(clearText.toByteArray(), StandardCharsets.ISO_8859_1);
    }
  }

  /** Bytes copied through tunnels, both ways, none of them read. */
  public long tunnelledBytes() {
    return tunnelled.get();
  }

  @Override
  public void close() {
    closed.countDown();
    try {
      server.close();
    } catch (IOException e) {
      // closing anyway
    }
    for (Socket socket : sockets) {
      closeQuietly(socket);
    }
  }

  @Override
  public String toString() {
    return "RecordingProxy{" + host() + ":" + port() + ", " + behaviour + "}";
  }

  private void accept() {
    while (!server.isClosed()) {
      Socket client;
      try {
        client = server.accept();
      } catch (IOException e) {
        return;
      }
      sockets.add(client);
      start("recording-proxy-connection", () -> serve(client));
    }
  }

  private void serve(Socket client) {
    try {
      InputStream in = client.getInputStream();
      OutputStream out = client.getOutputStream();
      String head = readHead(in);
      if (head == null) {
        return;
      }
      String[] lines = head.split("\r\n");
      String[] requestLine = lines[0].split(" ");
      Map<String, String> headers = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        if (colon > 0) {
          headers.putIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
      }
      if (requestLine.length != 3 || !requestLine[0].equals("CONNECT")) {
        connects.add(new Connect(lines[0], null, headers, 501));
        answer(out, 501, "Not Implemented", "");
        return;
      }
      String target = requestLine[1];
      int status = decide(headers);
      connects.add(new Connect(lines[0], target, headers, status));
      if (status == 0) {
        closed.await();
        return;
      }
      if (status == 407) {
        answer(out, 407, "Proxy Authentication Required", "Proxy-Authenticate: Basic realm=\"recording-proxy\"\r\n");
        return;
      }
      if (status != 200) {
        answer(out, status, "Refused", "");
        return;
      }
      tunnel(client, target, in, out);
    } catch (IOException e) {
      // The client went away, or close() closed the socket.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      sockets.remove(client);
      closeQuietly(client);
    }
  }

  /** The answer to a {@code CONNECT}: 200, 407, the refusal status, or 0 to stall. */
  private int decide(Map<String, String> headers) {
    if (behaviour == Behaviour.STALL_BEFORE_ANSWER) {
      return 0;
    }
    if (expectedAuthorization != null && !expectedAuthorization.equals(headers.get("proxy-authorization"))) {
      return 407;
    }
    return refuseWith != 0 ? refuseWith : 200;
  }

  private void tunnel(Socket client, String target, InputStream in, OutputStream out)
      throws IOException, InterruptedException {
    int colon = target.lastIndexOf(':');
    String host = target.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port = Integer.parseInt(target.substring(colon + 1));
    Socket origin = new Socket();
    sockets.add(origin);
    try {
      try {
        origin.connect(new InetSocketAddress(hosts.getOrDefault(host.toLowerCase(Locale.ROOT), host), port), 5_000);
      } catch (IOException e) {
        answer(out, 502, "Bad Gateway", "");
        return;
      }
      out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      if (behaviour == Behaviour.CLOSE_AFTER_ESTABLISHED) {
        return;
      }
      if (behaviour == Behaviour.STALL_AFTER_ESTABLISHED) {
        closed.await();
        return;
      }
      InputStream fromOrigin = origin.getInputStream();
      OutputStream toOrigin = origin.getOutputStream();
      Thread back = start("recording-proxy-tunnel", () -> copy(fromOrigin, out, client));
      copy(in, toOrigin, origin);
      back.join(5_000);
    } finally {
      sockets.remove(origin);
      closeQuietly(origin);
    }
  }

  /** Copies until either side ends, then shuts the other side's output so that it sees the end too. */
  private void copy(InputStream from, OutputStream to, Socket toSocket) {
    byte[] buffer = new byte[16 * 1024];
    try {
      for (int n; (n = from.read(buffer)) >= 0; ) {
        to.write(buffer, 0, n);
        to.flush();
        tunnelled.addAndGet(n);
      }
      toSocket.shutdownOutput();
    } catch (IOException e) {
      closeQuietly(toSocket);
    }
  }

  /** The request line and headers, recorded as clear text; null when the client closed before sending any. */
  private String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int newlines = 0;
    while (newlines < 2) {
      int b = in.read();
      if (b < 0) {
        record(head.toByteArray());
        return null;
      }
      head.write(b);
      if (head.size() > MAX_HEAD) {
        throw new IOException("request head too long");
      }
      if (b == '\n') {
        newlines++;
      } else if (b != '\r') {
        newlines = 0;
      }
    }
    byte[] bytes = head.toByteArray();
    record(bytes);
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  private void record(byte[] bytes) {
    synchronized (clearText) {
      clearText.write(bytes, 0, bytes.length);
    }
  }

  private static void answer(OutputStream out, int status, String reason, String headers) throws IOException {
    out.write(("HTTP/1.1 " + status + " " + reason + "\r\n" + headers + "Content-Length: 0\r\nConnection: close\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  private static Thread start(String name, Runnable task) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // closing anyway
    }
  }

  /** One request the proxy received: a {@code CONNECT}, or anything else (then {@link #target()} is null). */
  public static final class Connect {
    private final String requestLine;
    private final String target;
    private final Map<String, String> headers;
    private final int status;

    Connect(String requestLine, String target, Map<String, String> headers, int status) {
      this.requestLine = requestLine;
      this.target = target;
      this.headers = Collections.unmodifiableMap(headers);
      this.status = status;
    }

    /** As received, such as {@code CONNECT okta.test:443 HTTP/1.1}. */
    public String requestLine() {
      return requestLine;
    }

    /** {@code host:port} of a {@code CONNECT}; null for another method. */
    public String target() {
      return target;
    }

    /** The first value of a header, by name in any case; null when absent. */
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** Header names, lower case, in order. */
    public Set<String> headerNames() {
      return headers.keySet();
    }

    /** What the proxy answered: 200, 407, the refusal, 501; 0 when it never answered. */
    public int status() {
      return status;
    }

    @Override
    public String toString() {
      return requestLine + " -> " + status;
    }
  }

  /** Configures a {@link RecordingProxy}. */
  public static final class Builder {
    private String user;
    private String password;
    private final Map<String, String> hosts = new HashMap<>();
    private Behaviour behaviour = Behaviour.TUNNEL;
    private int refuseWith;

    private Builder() {}

    /** Answers {@code 407} to a {@code CONNECT} without {@code Proxy-Authorization: Basic} of exactly these. */
    public Builder requireCredentials(String user, String password) {
      this.user = Objects.requireNonNull(user, "user");
      this.password = Objects.requireNonNull(password, "password");
      return this;
    }

    /** Connects tunnels to {@code host} at {@code address} (such as {@code 127.0.0.1}) instead of resolving it. */
    public Builder mapHost(String host, String address) {
      hosts.put(host.toLowerCase(Locale.ROOT), Objects.requireNonNull(address, "address"));
      return this;
    }

    /** What to do with a {@code CONNECT} that passes the credentials check; by default {@link Behaviour#TUNNEL}. */
    public Builder behaviour(Behaviour behaviour) {
      this.behaviour = Objects.requireNonNull(behaviour, "behaviour");
      return this;
    }

    /** Answers every {@code CONNECT} that passes the credentials check with {@code status} (such as 403). */
    public Builder refuseWith(int status) {
      if (status < 300 || status > 599 || status == 407) {
        throw new IllegalArgumentException("a refusal is 3xx to 5xx other than 407 (see requireCredentials): " + status);
      }
      this.refuseWith = status;
      return this;
    }

    /** Binds a free port on 127.0.0.1 and starts accepting. */
    public RecordingProxy start() {
      try {
        return new RecordingProxy(this);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException("the recording proxy could not bind a port on 127.0.0.1", e);
      }
    }
  }
}
