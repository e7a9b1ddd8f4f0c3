package io.typedclient.bench.ab;

import io.typedclient.bench.coldstart.ColdStartContender;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One side of an A/B comparison: a contender, optionally with some of the jars on its classpath replaced by the
 * same-named jars in another folder (a build of another commit), so that two versions of the client can be measured
 * side by side.
 *
 * <p>Written {@code name=contender} or {@code name=contender@folder}, for example
 * {@code before=ours-jdk@/tmp/ab/base}: every classpath entry whose file name is found in the folder is taken from
 * there.
 *
 * @param name the name in the output
 * @param contender a cold-start contender name ({@code floor}, {@code ours-jdk}, {@code ours-urlconnection}, ...)
 * @param jarsDir the folder of replacement jars, or {@code null}
 */
public record Variant(String name, String contender, Path jarsDir) {

  /** Parses {@code name=contender[@folder]}; a bare {@code contender} is its own name. */
  public static Variant parse(String spec) {
    int eq = spec.indexOf('=');
    String name = eq < 0 ? spec : spec.substring(0, eq);
    String rest = eq < 0 ? spec : spec.substring(eq + 1);
    int at = rest.indexOf('@');
    String contender = at < 0 ? rest : rest.substring(0, at);
    Path jars = at < 0 ? null : Path.of(rest.substring(at + 1));
    if (jars != null && !Files.isDirectory(jars)) {
      throw new IllegalArgumentException("variant " + name + ": no folder " + jars);
    }
    module(contender);
    return new Variant(name, contender, jars);
  }

  /** Parses a comma-separated list of variants. */
  public static List<Variant> parseAll(String specs) {
    List<Variant> variants = new ArrayList<>();
    for (String spec : specs.split(",")) {
      variants.add(parse(spec.trim()));
    }
    if (variants.size() < 2) {
      throw new IllegalArgumentException("an A/B comparison needs at least two variants: " + specs);
    }
    return variants;
  }

  /** The contender's main class and arguments for a cold start. */
  public ColdStartContender coldStartContender() {
    return ColdStartContender.named(contender);
  }

  /** The benchmark module that holds {@code contender}'s client. */
  static String module(String contender) {
    switch (contender) {
      case "floor":
      case "floor-direct":
        return "floor";
      case "floor-urlconnection":
      case "ours-jdk":
      case "ours-urlconnection":
        return "ours";
      default:
        return ColdStartContender.named(contender).module();
    }
  }

  /** The contender's own classpath, with the replacements applied. */
  public List<String> classpath(Path benchmarksDir) {
    List<String> entries = new ArrayList<>();
    ColdStartContender any = ColdStartContender.ALL.stream().filter(c -> c.module().equals(module(contender)))
        .findFirst().orElseThrow();
    for (String entry : any.classpath(benchmarksDir).split(File.pathSeparator)) {
      Path replacement = jarsDir == null ? null : jarsDir.resolve(Path.of(entry).getFileName());
      entries.add(replacement != null && Files.isRegularFile(replacement) ? replacement.toString() : entry);
    }
    return entries;
  }
}
