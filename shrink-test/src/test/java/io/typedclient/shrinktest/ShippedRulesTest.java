package io.typedclient.shrinktest;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every shrinker rules file in the jars an app ships of ours (client, runtime, annotations) holds only commented
 * {@code -dontwarn} lines; the runtime carries the same file where R8 and the Android Gradle plugin look and where
 * ProGuard and older tools look.
 */
class ShippedRulesTest {
  private static final Path WORK = Paths.get("target", "shrink-test", "rules").toAbsolutePath();

  @Test
  void everyRulesFileWeShipHoldsOnlyDontwarnLinesEachWithItsReason() throws Exception {
    List<EmbeddedRules.RulesFile> shipped = new ArrayList<>();
    for (Path jar : Apps.ourJars(WORK)) {
      shipped.addAll(EmbeddedRules.all(jar));
    }

    assertWithMessage("the runtime's rules files").that(shipped).isNotEmpty();
    for (EmbeddedRules.RulesFile rules : shipped) {
      assertWithMessage("%s", rules).that(ShippedRules.problems(rules.text)).isEmpty();
    }
  }

  @Test
  void theRuntimeShipsTheSameRulesToR8AndToProGuard() throws Exception {
    Path runtime = Apps.runtimeJar(WORK);

    List<EmbeddedRules.RulesFile> forR8 = EmbeddedRules.forR8(runtime, R8Run.version());
    List<EmbeddedRules.RulesFile> legacy = EmbeddedRules.legacy(runtime);

    assertThat(forR8).hasSize(1);
    assertThat(forR8.get(0).entry).isEqualTo("META-INF/com.android.tools/r8/typedclient-runtime.pro");
    assertThat(legacy).hasSize(1);
    assertThat(legacy.get(0).entry).isEqualTo("META-INF/proguard/typedclient-runtime.pro");
    assertThat(forR8.get(0).text).isEqualTo(legacy.get(0).text);
    assertThat(forR8.get(0).text).contains("-dontwarn java.net.http.**");
    assertThat(forR8.get(0).text).contains("-dontwarn org.codehaus.mojo.animal_sniffer.IgnoreJRERequirement");
  }

  @Test
  void theCheckRefusesKeepRulesOtherOptionsAndUnexplainedDontwarns() {
    assertThat(ShippedRules.problems("# why\n-dontwarn a.b.**\n-dontwarn c.D, e.F$G\n\n# why too\n-dontwarn h.*\n"))
        .isEmpty();
    assertThat(ShippedRules.problems("# why\n-keep class a.B { *; }\n"))
        .containsExactly("line 2: only -dontwarn lines and comments may be shipped, found: -keep class a.B { *; }");
    assertThat(ShippedRules.problems("# why\n-keepattributes Signature\n-dontobfuscate\n")).hasSize(2);
    assertThat(ShippedRules.problems("# why\n-dontwarn a.**\n-keepclassmembers,allowobfuscation class * { *; }\n"))
        .hasSize(1);
    assertThat(ShippedRules.problems("-dontwarn a.**\n"))
        .containsExactly("line 1: no comment above gives the reason for: -dontwarn a.**");
    assertThat(ShippedRules.problems("# why\n-dontwarn a.**\n\n-dontwarn b.**\n"))
        .containsExactly("line 4: no comment above gives the reason for: -dontwarn b.**");
    // -dontwarn with nothing after it silences every warning, ours and the app's.
    assertThat(ShippedRules.problems("# why\n-dontwarn\n")).hasSize(1);
  }
}
