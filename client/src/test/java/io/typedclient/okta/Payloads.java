package io.typedclient.okta;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The test payloads in {@code src/test/resources/okta/}. */
final class Payloads {
  private Payloads() {}

  /** An Okta example, by file name, from {@code okta/examples/}. */
  static String example(String name) {
    return read("/okta/examples/" + name);
  }

  /** A payload written in the developer-docs style, from {@code okta/docs-style/}. */
  static String docsStyle(String name) {
    return read("/okta/docs-style/" + name);
  }

  private static String read(String resource) {
    try (InputStream in = Payloads.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
