package io.typedclient.consumers.kotlin

import java.io.ByteArrayOutputStream
import java.io.PrintStream
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths
import org.jetbrains.kotlin.cli.common.ExitCode
import org.jetbrains.kotlin.cli.jvm.K2JVMCompiler
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir

/**
 * Nullness the Kotlin compiler enforces from the client's JSpecify annotations: a snippet compiled against the
 * application's run-time path by the same compiler that built the application. [Session.login] may be null, so
 * assigning it to a `String` is a compile error, at the line of the assignment; the same snippet with `String?`
 * compiles, which shows the harness itself works. The generated client is read the same way: `null` for a session
 * id is refused, `null` for the optional flags is taken.
 */
class NullnessCompileTest {
  @TempDir
  lateinit var dir: Path

  @Test
  fun assigningTheNullableLoginToAStringFailsToCompile() {
    val (exit, messages) = compile(snippet(loginType = "String"))

    assertEquals(ExitCode.COMPILATION_ERROR, exit, messages)
    val error = messages.lines().single { it.contains(": error: ") }
    assertTrue(error.contains("Snippet.kt:4:"), error)
    assertTrue(error.contains("'String?'"), error)
  }

  @Test
  fun theSameAssignmentToAStringQuestionMarkCompiles() {
    val (exit, messages) = compile(snippet(loginType = "String?"))

    assertEquals(ExitCode.OK, exit, messages)
  }

  @Test
  fun passingNullForTheGeneratedClientsSessionIdFailsToCompile() {
    val (exit, messages) = compile(clientSnippet(sessionId = "null"))

    assertEquals(ExitCode.COMPILATION_ERROR, exit, messages)
    val error = messages.lines().single { it.contains(": error: ") }
    assertTrue(error.contains("Snippet.kt:4:"), error)
    assertTrue(error.contains("null cannot be a value of a non-null type 'String'"), error)
  }

  @Test
  fun theGeneratedClientTakesNullForItsNullableFlagsAndAStringId() {
    val (exit, messages) = compile(clientSnippet(sessionId = "\"102abc\""))

    assertEquals(ExitCode.OK, exit, messages)
  }

  /** Calls on the generated SessionApiClient itself, whose signatures the processor wrote. */
  private fun clientSnippet(sessionId: String) =
    """
    import io.typedclient.okta.SessionApiClient

    fun use(client: SessionApiClient) {
        client.endSession($sessionId)
        client.revokeUserSessions("00u1ada", null, null)
    }
    """.trimIndent()

  private fun snippet(loginType: String) =
    """
    import io.typedclient.okta.Session

    fun loginOf(session: Session): String {
        val login: $loginType = session.login()
        return login ?: "someone"
    }
    """.trimIndent()

  private fun compile(code: String): Pair<ExitCode, String> {
    val source = dir.resolve("Snippet.kt")
    Files.writeString(source, code)
    val classpath = Files.readString(Paths.get(System.getProperty("consumer.runtimePath"))).trim()
    val messages = ByteArrayOutputStream()
    val exit =
      K2JVMCompiler().exec(
        PrintStream(messages, true, Charsets.UTF_8),
        source.toString(),
        "-d", dir.resolve("classes").toString(),
        "-classpath", classpath,
        "-no-stdlib",
        "-no-reflect",
        "-jvm-target", "17",
      )
    return exit to messages.toString(Charsets.UTF_8)
  }
}
