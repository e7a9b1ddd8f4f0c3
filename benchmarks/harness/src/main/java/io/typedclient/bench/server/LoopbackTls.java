package io.typedclient.bench.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The loopback servers' TLS: a self-signed certificate for {@code 127.0.0.1} made by the JDK's {@code keytool} in a
 * folder of the run (no key is kept in the repository), and, for each JDK a client runs on, a trust store that is
 * that JDK's own {@code cacerts} plus this certificate. A client JVM started with {@link #clientJvmArgs} trusts the
 * servers the way an application trusts a corporate CA, through {@code javax.net.ssl.trustStore}: every contender
 * (java.net.http, {@code HttpsURLConnection}, Apache HttpClient 5, OkHttp) takes its default trust from there, so
 * none needs code of its own, and loading the trust store costs what loading {@code cacerts} costs.
 */
public final class LoopbackTls {
  /** The servers enable this protocol only: every client must negotiate it. */
  public static final String PROTOCOL = "TLSv1.3";
  private static final String PASSWORD = "changeit";
  private static final String ALIAS = "loopback";

  private final Path dir;
  private final Path keyStore;
  private final Path certificate;

  private LoopbackTls(Path dir) {
    this.dir = dir;
    this.keyStore = dir.resolve("loopback-server.p12");
    this.certificate = dir.resolve("loopback.crt");
  }

  /** The key and certificate in {@code dir}, made there by {@code keytool} unless they already are. */
  public static LoopbackTls in(Path dir) {
    LoopbackTls tls = new LoopbackTls(dir);
    try {
      Files.createDirectories(dir);
      if (!Files.isRegularFile(tls.keyStore) || !Files.isRegularFile(tls.certificate)) {
        Files.deleteIfExists(tls.keyStore);
        keytool(javaHome(), "-genkeypair", "-alias", ALIAS, "-keyalg", "EC", "-groupname", "secp256r1",
            "-sigalg", "SHA256withECDSA", "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1,dns:localhost",
            "-validity", "3650", "-keystore", tls.keyStore.toString(), "-storetype", "PKCS12",
            "-storepass", PASSWORD, "-keypass", PASSWORD);
        keytool(javaHome(), "-exportcert", "-rfc", "-alias", ALIAS, "-keystore", tls.keyStore.toString(),
            "-storepass", PASSWORD, "-file", tls.certificate.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tls;
  }

  /** The servers' context: this certificate and its key. */
  public SSLContext serverContext() {
    try (InputStream in = Files.newInputStream(keyStore)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, PASSWORD.toCharArray());
      KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(store, PASSWORD.toCharArray());
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), null, null);
      return context;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot load " + keyStore, e);
    }
  }

  /** The key store of the servers, for a server that loads it itself. */
  Path keyStore() {
    return keyStore;
  }

  static String password() {
    return PASSWORD;
  }

  /**
   * The system properties that make a JVM of the JDK at {@code javaHome} trust the servers: a copy of that JDK's
   * {@code cacerts} with this certificate added, made once per JDK.
   */
  public List<String> clientJvmArgs(Path javaHome) {
    Path trust = trustStoreFor(javaHome);
    return List.of("-Djavax.net.ssl.trustStore=" + trust, "-Djavax.net.ssl.trustStorePassword=" + PASSWORD,
        "-Djavax.net.ssl.trustStoreType=PKCS12");
  }

  private Path trustStoreFor(Path javaHome) {
    String name = javaHome.normalize().getFileName().toString().replaceAll("[^A-Za-z0-9.-]", "_");
    Path trust = dir.resolve("trust-" + name + ".p12");
    if (Files.isRegularFile(trust)) {
      return trust;
    }
    try {
      Path partial = dir.resolve("trust-" + name + ".partial.p12");
      Files.deleteIfExists(partial);
      Path cacerts = javaHome.resolve("lib/security/cacerts");
      // Whatever the type of the JDK's cacerts (PKCS12, or JKS on some distributions), the copy is PKCS12.
      keytool(javaHome, "-importkeystore", "-noprompt", "-srckeystore", cacerts.toRealPath().toString(),
          "-srcstorepass", PASSWORD, "-destkeystore", partial.toString(), "-deststoretype", "PKCS12",
          "-deststorepass", PASSWORD);
      keytool(javaHome, "-importcert", "-noprompt", "-alias", ALIAS, "-file", certificate.toString(),
          "-keystore", partial.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);
      Files.move(partial, trust, StandardCopyOption.REPLACE_EXISTING);
      return trust;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path javaHome() {
    return Path.of(System.getProperty("java.home"));
  }

  private static void keytool(Path javaHome, String... args) {
    List<String> command = new ArrayList<>();
    command.add(javaHome.resolve("bin").resolve("keytool").toString());
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("keytool " + args[0] + " failed: "
            + new String(output, StandardCharsets.UTF_8).trim().toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
