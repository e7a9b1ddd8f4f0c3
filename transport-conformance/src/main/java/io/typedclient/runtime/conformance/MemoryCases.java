package io.typedclient.runtime.conformance;

import static com.google.common.truth.Truth.assertThat;
import static java.util.concurrent.TimeUnit.SECONDS;

import java.io.File;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Memory follows the bytes a server sends, not the lengths it declares: checked in a JVM of its own with a heap of
 * 512 MiB, where calls that each made room for a declared body just under the 4 MiB cap would not fit.
 */
interface MemoryCases extends TransportFixture {
  @Test
  default void stalledCallsCostWhatTheServerSentNotWhatItDeclared() throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process process =
        new ProcessBuilder(
                java,
                "-Xmx512m",
                "-cp", System.getProperty("java.class.path"),
                StalledCallsProbe.class.getName(),
                getClass().getName())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, SECONDS)).isTrue();

    assertThat(output).contains("asynchronous: " + StalledCallsProbe.ASYNC_CALLS + " of "
        + StalledCallsProbe.ASYNC_CALLS + " ended by their timeout");
    assertThat(output).contains("blocking: " + StalledCallsProbe.BLOCKING_CALLS + " of "
        + StalledCallsProbe.BLOCKING_CALLS + " ended by their timeout");
    assertThat(output).contains("OutOfMemoryError: none");
    assertThat(process.exitValue()).isEqualTo(0);
  }
}
