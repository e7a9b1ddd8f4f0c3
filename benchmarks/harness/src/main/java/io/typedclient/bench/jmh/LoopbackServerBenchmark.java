package io.typedclient.bench.jmh;

import io.typedclient.bench.server.SessionPayload;
import io.typedclient.bench.server.SessionServer;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The loopback server's own cost: one keep-alive socket sends the same request head the contenders send and
 * reads the response by {@code Content-Length}, with no HTTP client in between. A round trip here is the part of
 * every getSession figure that no client can remove; {@code server} compares the raw socket server the
 * benchmarks use with the JDK's {@code com.sun.net.httpserver}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 2, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class LoopbackServerBenchmark {
  @Param({"raw", "jdk"})
  public String server;

  private SessionServer running;
  private Socket socket;
  private InputStream in;
  private OutputStream out;
  private byte[] request;
  private final byte[] buf = new byte[8192];

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    running = SessionServer.start(server);
    URI uri = URI.create(running.baseUrl());
    socket = new Socket(InetAddress.getLoopbackAddress(), uri.getPort());
    socket.setTcpNoDelay(true);
    in = socket.getInputStream();
    out = socket.getOutputStream();
    request = ("GET /api/v1/sessions/" + SessionPayload.SESSION_ID + " HTTP/1.1\r\n"
        + "Host: 127.0.0.1:" + uri.getPort() + "\r\n"
        + "Accept: application/json\r\n"
        + "Authorization: SSWS " + SessionPayload.API_TOKEN + "\r\n"
        + "User-Agent: bench\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    int status = roundTrip();
    if (status != 200) {
      throw new IllegalStateException(server + " server answered " + status);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown(BenchmarkParams params) throws IOException {
    socket.close();
    ServerCost.record(params, running);
    running.close();
  }

  @Benchmark
  public int roundTrip() throws IOException {
    out.write(request);
    int len = 0;
    int headEnd = -1;
    while (headEnd < 0) {
      int n = in.read(buf, len, buf.length - len);
      if (n < 0) {
        throw new EOFException("server closed the connection");
      }
      len += n;
      headEnd = indexOf(buf, len);
    }
    String head = new String(buf, 0, headEnd, StandardCharsets.ISO_8859_1);
    int status = Integer.parseInt(head.substring(9, 12));
    int at = indexOfIgnoreCase(head, "\r\ncontent-length:");
    int lineEnd = head.indexOf("\r\n", at + 2);
    int contentLength = Integer.parseInt(head.substring(at + 17, lineEnd < 0 ? head.length() : lineEnd).trim());
    int remaining = headEnd + 4 + contentLength - len;
    while (remaining > 0) {
      int n = in.read(buf, 0, Math.min(buf.length, remaining));
      if (n < 0) {
        throw new EOFException("server closed the connection");
      }
      remaining -= n;
    }
    return status;
  }

  private static int indexOf(byte[] buf, int len) {
    for (int i = 3; i < len; i++) {
      if (buf[i] == '\n' && buf[i - 1] == '\r' && buf[i - 2] == '\n' && buf[i - 3] == '\r') {
        return i - 3;
      }
    }
    return -1;
  }

  private static int indexOfIgnoreCase(String head, String needle) {
    for (int i = 0; i + needle.length() <= head.length(); i++) {
      if (head.regionMatches(true, i, needle, 0, needle.length())) {
        return i;
      }
    }
    throw new IllegalStateException("no Content-Length in response");
  }
}
