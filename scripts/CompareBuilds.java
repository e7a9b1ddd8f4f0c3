import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Compares the artifacts of two builds byte for byte: {@code java scripts/CompareBuilds.java DIR_A DIR_B PATH...}
 * compares each PATH (a file, or a directory and every file under it) under DIR_A with the same under DIR_B. For a
 * jar or zip that differs it names the entries that differ, which is where to look. Exit code 0 when everything is
 * identical, 1 otherwise. Run by scripts/check-reproducible.
 */
public final class CompareBuilds {
  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: java CompareBuilds.java DIR_A DIR_B PATH...");
      System.exit(2);
    }
    Path a = Paths.get(args[0]);
    Path b = Paths.get(args[1]);
    List<String> files = new ArrayList<>();
    for (String path : Arrays.asList(args).subList(2, args.length)) {
      TreeSet<String> names = new TreeSet<>(list(a, path));
      TreeSet<String> other = new TreeSet<>(list(b, path));
      if (!names.equals(other)) {
        TreeSet<String> onlyA = new TreeSet<>(names);
        onlyA.removeAll(other);
        TreeSet<String> onlyB = new TreeSet<>(other);
        onlyB.removeAll(names);
        System.out.println("DIFFERENT " + path + ": only in " + a + ": " + onlyA + "; only in " + b + ": " + onlyB);
        System.exit(1);
      }
      files.addAll(names);
    }
    int different = 0;
    for (String file : files) {
      byte[] left = Files.readAllBytes(a.resolve(file));
      byte[] right = Files.readAllBytes(b.resolve(file));
      if (Arrays.equals(left, right)) {
        continue;
      }
      different++;
      System.out.println("DIFFERENT " + file + " (" + left.length + " and " + right.length + " bytes)");
      if (file.endsWith(".jar") || file.endsWith(".zip")) {
        Map<String, String> leftEntries = entries(a.resolve(file));
        Map<String, String> rightEntries = entries(b.resolve(file));
        for (String entry : new TreeSet<>(union(leftEntries.keySet(), rightEntries.keySet()))) {
          String l = leftEntries.get(entry);
          String r = rightEntries.get(entry);
          if (l == null || !l.equals(r)) {
            System.out.println("  entry " + entry + ": " + l + " / " + r);
          }
        }
      }
    }
    System.out.println(
        (files.size() - different) + " of " + files.size() + " files identical" + (different == 0 ? "" : ", "
            + different + " different"));
    System.exit(different == 0 ? 0 : 1);
  }

  /** The files under {@code root/path}, as paths relative to {@code root}. */
  private static List<String> list(Path root, String path) throws IOException {
    Path start = root.resolve(path);
    if (!Files.exists(start)) {
      System.out.println("MISSING " + start);
      System.exit(1);
    }
    try (Stream<Path> walk = Files.walk(start)) {
      return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted()
          .collect(Collectors.toList());
    }
  }

  /** Each entry's SHA-256 and time, in order of appearance; the order is part of what must be equal. */
  private static Map<String, String> entries(Path zip) throws Exception {
    Map<String, String> entries = new TreeMap<>();
    int index = 0;
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] bytes = in.readAllBytes();
        String hash = String.format("%064x", new java.math.BigInteger(1, digest.digest(bytes)));
        entries.put(entry.getName(), "#" + index++ + " " + hash.substring(0, 12) + " " + entry.getTime());
      }
    }
    return entries;
  }

  private static <T> List<T> union(java.util.Set<T> left, java.util.Set<T> right) {
    TreeSet<T> all = new TreeSet<>(left);
    all.addAll(right);
    return Collections.unmodifiableList(new ArrayList<>(all));
  }

  private CompareBuilds() {}
}
