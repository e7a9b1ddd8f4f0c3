package io.typedclient.bench.ab;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@code Bench ab} and {@code Bench ab-coldstart} read {@code --variants}. */
class VariantTest {
  private static final Path BENCHMARKS_DIR = Path.of(System.getProperty("benchmarks.dir", ".."));

  @Test
  void aBareContenderIsItsOwnName() {
    assertThat(Variant.parse("ours-jdk")).isEqualTo(new Variant("ours-jdk", "ours-jdk", null));
  }

  @Test
  void aNamedVariantWithAFolderOfJars(@TempDir Path jars) {
    Variant variant = Variant.parse("before=ours-jdk@" + jars);

    assertThat(variant).isEqualTo(new Variant("before", "ours-jdk", jars));
  }

  @Test
  void parseAllSplitsOnCommasAndTrims() {
    List<Variant> variants = Variant.parseAll("floor, after=ours-jdk");

    assertThat(variants).containsExactly(new Variant("floor", "floor", null),
        new Variant("after", "ours-jdk", null)).inOrder();
  }

  @Test
  void badSpecsAreClearErrors(@TempDir Path dir) {
    IllegalArgumentException one = assertThrows(IllegalArgumentException.class, () -> Variant.parseAll("floor"));
    IllegalArgumentException folder = assertThrows(IllegalArgumentException.class,
        () -> Variant.parse("before=ours-jdk@" + dir.resolve("missing")));
    IllegalArgumentException contender =
        assertThrows(IllegalArgumentException.class, () -> Variant.parse("x=curl"));

    assertThat(one).hasMessageThat().contains("needs at least two variants");
    assertThat(folder).hasMessageThat().contains("variant before: no folder");
    assertThat(contender).hasMessageThat().contains("curl");
  }

  @Test
  void jarsInTheFolderReplaceTheSameNamedClasspathEntries(@TempDir Path jars) throws Exception {
    List<String> original = Variant.parse("ours-jdk").classpath(BENCHMARKS_DIR);
    String moshi = original.stream().filter(e -> Path.of(e).getFileName().toString().startsWith("moshi-"))
        .findFirst().orElseThrow();
    Path replacement = Files.createFile(jars.resolve(Path.of(moshi).getFileName()));

    List<String> replaced = Variant.parse("before=ours-jdk@" + jars).classpath(BENCHMARKS_DIR);

    assertThat(replaced).hasSize(original.size());
    assertThat(replaced).contains(replacement.toString());
    assertThat(replaced).doesNotContain(moshi);
    assertThat(replaced.stream().filter(e -> !e.equals(replacement.toString())).toList())
        .isEqualTo(original.stream().filter(e -> !e.equals(moshi)).toList());
  }
}
