package io.typedclient.shrinktest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The shrinker rules a library jar carries, chosen the way the Android Gradle plugin chooses them
 * ({@code FilterShrinkerRulesTransform}), one jar at a time:
 *
 * <ul>
 *   <li>a jar with a {@code META-INF/com.android.tools/} folder gives the files directly inside each of its folders
 *       named {@code r8}, {@code r8-from-<v>}, {@code r8-upto-<v>} or {@code r8-from-<v>-upto-<v>} whose range holds
 *       the R8 version ({@code from} included, {@code upto} excluded), and nothing from {@code META-INF/proguard/};
 *   <li>any other jar gives the files directly inside {@code META-INF/proguard/}.
 * </ul>
 *
 * R8 applies the same choice by itself to the jars it is given as program input, so the test does not pass these
 * files to R8; it checks that R8 applied exactly these. ProGuard reads no embedded rules, so its runs are given each
 * jar's {@code META-INF/proguard/} files, the location every shrinker reads.
 */
final class EmbeddedRules {
  static final String TOOLS_FOLDER = "META-INF/com.android.tools/";
  static final String LEGACY_FOLDER = "META-INF/proguard/";
  private static final Pattern R8_FOLDER = Pattern.compile("r8(?:-from-([^:@/]+?))?(?:-upto-([^:@/]+?))?");

  /** One rules file in a jar. */
  static final class RulesFile {
    final Path jar;
    final String entry;
    final String text;

    RulesFile(Path jar, String entry, String text) {
      this.jar = jar;
      this.entry = entry;
      this.text = text;
    }

    /** How R8 names the file as a source of configuration: {@code <jar>:<entry>}. */
    String origin() {
      return jar + ":" + entry;
    }

    @Override
    public String toString() {
      return origin();
    }
  }

  private EmbeddedRules() {}

  /** The files R8 {@code r8Version} applies from {@code jar} when an app depends on it. */
  static List<RulesFile> forR8(Path jar, String r8Version) throws IOException {
    List<RulesFile> chosen = new ArrayList<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      boolean hasToolsFolder = zip.stream().anyMatch(e -> e.getName().startsWith(TOOLS_FOLDER));
      for (ZipEntry entry : Collections.list(zip.entries())) {
        if (entry.isDirectory()) {
          continue;
        }
        boolean wanted = hasToolsFolder
            ? inMatchingR8Folder(entry.getName(), r8Version)
            : isDirectlyIn(entry.getName(), LEGACY_FOLDER);
        if (wanted) {
          chosen.add(read(jar, zip, entry));
        }
      }
    }
    return chosen;
  }

  /** The files in {@code jar}'s {@code META-INF/proguard/}. */
  static List<RulesFile> legacy(Path jar) throws IOException {
    List<RulesFile> chosen = new ArrayList<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        if (!entry.isDirectory() && isDirectlyIn(entry.getName(), LEGACY_FOLDER)) {
          chosen.add(read(jar, zip, entry));
        }
      }
    }
    return chosen;
  }

  /** Every rules file in {@code jar}, in either location, whether or not a shrinker would choose it. */
  static List<RulesFile> all(Path jar) throws IOException {
    List<RulesFile> all = new ArrayList<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        String name = entry.getName();
        if (!entry.isDirectory() && (name.startsWith(TOOLS_FOLDER) || name.startsWith(LEGACY_FOLDER))) {
          all.add(read(jar, zip, entry));
        }
      }
    }
    return all;
  }

  static boolean inMatchingR8Folder(String entry, String r8Version) {
    if (!entry.startsWith(TOOLS_FOLDER)) {
      return false;
    }
    String[] parts = entry.substring(TOOLS_FOLDER.length()).split("/", -1);
    if (parts.length != 2 || parts[1].isEmpty()) {
      return false;
    }
    Matcher folder = R8_FOLDER.matcher(parts[0].toLowerCase(java.util.Locale.ROOT));
    if (!folder.matches()) {
      return false;
    }
    String from = folder.group(1);
    String upto = folder.group(2);
    try {
      return (from == null || compareVersions(from, r8Version) <= 0)
          && (upto == null || compareVersions(upto, r8Version) > 0);
    } catch (NumberFormatException e) {
      // The plugin skips a folder whose version it cannot read.
      return false;
    }
  }

  /**
   * Compares dotted numeric versions: {@code 9.5.29} is after {@code 9.5} and before {@code 10.0.0}. Throws
   * {@link NumberFormatException} when either is not made of numbers alone.
   */
  static int compareVersions(String a, String b) {
    int[] left = parts(a);
    int[] right = parts(b);
    for (int i = 0; i < Math.max(left.length, right.length); i++) {
      int l = i < left.length ? left[i] : 0;
      int r = i < right.length ? right[i] : 0;
      if (l != r) {
        return Integer.compare(l, r);
      }
    }
    return 0;
  }

  private static int[] parts(String version) {
    String[] parts = version.split("\\.", -1);
    int[] numbers = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      numbers[i] = Integer.parseInt(parts[i]);
    }
    return numbers;
  }

  private static boolean isDirectlyIn(String entry, String folder) {
    return entry.startsWith(folder) && entry.indexOf('/', folder.length()) < 0 && entry.length() > folder.length();
  }

  private static RulesFile read(Path jar, ZipFile zip, ZipEntry entry) throws IOException {
    try (InputStream in = zip.getInputStream(entry)) {
      return new RulesFile(jar, entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
