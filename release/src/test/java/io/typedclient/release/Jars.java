package io.typedclient.release;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/** The entries of a jar held in memory, and its manifest. */
final class Jars {
  private Jars() {}

  /** Every file entry of {@code jar}, by name; {@code META-INF/MANIFEST.MF} included. */
  static Map<String, byte[]> entries(byte[] jar) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar), false)) {
      Manifest manifest = in.getManifest();
      if (manifest != null) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        manifest.write(out);
        entries.put("META-INF/MANIFEST.MF", out.toByteArray());
      }
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (!entry.isDirectory()) {
          entries.put(entry.getName(), in.readAllBytes());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  static Manifest manifest(byte[] jar) {
    try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar), false)) {
      Manifest manifest = in.getManifest();
      if (manifest == null) {
        throw new AssertionError("a jar without a manifest");
      }
      return manifest;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The class file major version: 55 is Java 11, 61 Java 17. */
  static int majorVersion(byte[] classFile) {
    return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
  }
}
