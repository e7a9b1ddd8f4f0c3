package io.typedclient.consumers.kapt

import com.sun.net.httpserver.HttpExchange
import com.sun.net.httpserver.HttpServer
import io.typedclient.runtime.ClientConfig
import io.typedclient.runtime.HttpStatusException
import io.typedclient.runtime.ResponseDecodingException
import java.net.InetAddress
import java.net.InetSocketAddress
import java.time.Instant
import java.util.concurrent.LinkedBlockingQueue
import java.util.concurrent.TimeUnit
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/**
 * The client and adapters that typedclient's processor wrote through kapt for [BookshopApi], [Book] and [Genre]
 * (javac runs with `-proc:none` in this module, so they can only come from kapt), called from Kotlin over real
 * HTTP against a loopback server that records what it was sent.
 */
class BookshopKaptTest {
  private class Seen(val method: String, val uri: String, val headers: Map<String, List<String>>, val body: String)

  private val seen = LinkedBlockingQueue<Seen>()
  private val answers = LinkedBlockingQueue<Pair<Int, String>>()
  private val server =
    HttpServer.create(InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0).apply {
      createContext("/") { exchange -> answer(exchange) }
      start()
    }
  private val client =
    BookshopApiClient(
      ClientConfig.builder().baseUrl("http://127.0.0.1:${server.address.port}").build()
    )

  @AfterEach
  fun close() {
    client.close()
    server.stop(0)
  }

  private fun answer(exchange: HttpExchange) {
    exchange.use {
      val body = it.requestBody.readBytes().toString(Charsets.UTF_8)
      seen.add(Seen(it.requestMethod, it.requestURI.toString(), it.requestHeaders.toMap(), body))
      val (status, json) = answers.poll() ?: (500 to "")
      val bytes = json.toByteArray(Charsets.UTF_8)
      it.responseHeaders.add("Content-Type", "application/json")
      it.sendResponseHeaders(status, if (bytes.isEmpty()) -1 else bytes.size.toLong())
      if (bytes.isNotEmpty()) it.responseBody.write(bytes)
    }
  }

  private fun taken(): Seen = seen.poll(5, TimeUnit.SECONDS) ?: throw AssertionError("the server got no request")

  @Test
  fun readsAKotlinDataClassWithItsNullableAndRenamedProperties() {
    answers.add(
      200 to
        """{"id":"b1","title":"Dune","subtitle":null,"genre":"sci-fi","authors":["Frank Herbert"],
           "published_at":"1965-08-01T00:00:00Z"}"""
    )

    val book = client.book("b1")

    assertEquals(
      Book("b1", "Dune", null, Genre.SCIENCE_FICTION, listOf("Frank Herbert"), Instant.parse("1965-08-01T00:00:00Z")),
      book,
    )
    val request = taken()
    assertEquals("GET /books/b1", "${request.method} ${request.uri}")
    assertEquals(listOf("application/json"), request.headers["Accept"])
  }

  @Test
  fun anAbsentNullablePropertyIsNullAndAnUnknownGenreIsTheFallback() {
    answers.add(200 to """{"id":"b2","title":"Odes","genre":"epic","authors":[]}""")

    val book = client.book("b2")

    assertNull(book.subtitle)
    assertNull(book.publishedAt)
    assertEquals(Genre.UNKNOWN, book.genre)
  }

  @Test
  fun aMissingNonNullPropertyIsADecodingErrorThatNamesIt() {
    answers.add(200 to """{"id":"b3","genre":"poetry","authors":[]}""")

    val e = assertThrows(ResponseDecodingException::class.java) { client.book("b3") }

    assertTrue(e.message!!.contains("title"), e.message)
  }

  @Test
  fun nullQueryParametersAreLeftOutOfTheAsynchronousSearch() {
    answers.add(200 to "[]")
    answers.add(200 to """[{"id":"b4","title":"Ariel","genre":"poetry","authors":["Sylvia Plath"]}]""")

    assertEquals(emptyList<Book>(), client.search(null, null).get(5, TimeUnit.SECONDS))
    val found = client.search(Genre.POETRY, "ariel & more").get(5, TimeUnit.SECONDS)

    assertEquals(listOf("b4"), found.map { it.id })
    assertEquals("/books", taken().uri)
    assertEquals("/books?genre=poetry&q=ariel%20%26%20more", taken().uri)
  }

  @Test
  fun addSendsTheDataClassAsJsonWithItsHeaderAndReturnsTheResponse() {
    answers.add(201 to """{"id":"b5","title":"Solaris","genre":"sci-fi","authors":["Stanisław Lem"]}""")
    val book = Book("", "Solaris", null, Genre.SCIENCE_FICTION, listOf("Stanisław Lem"), Instant.parse("1961-01-01T00:00:00Z"))

    val response = client.add(book, "key-1")

    assertEquals(201, response.status())
    assertEquals("b5", response.body().id)
    val request = taken()
    assertEquals("POST /books", "${request.method} ${request.uri}")
    assertEquals(listOf("key-1"), request.headers["Idempotency-key"])
    assertEquals(
      """{"id":"","title":"Solaris","genre":"sci-fi","authors":["Stanisław Lem"],"published_at":"1961-01-01T00:00:00Z"}""",
      request.body,
    )
  }

  @Test
  fun removeSendsADeleteAndAnErrorStatusIsThrown() {
    answers.add(204 to "")
    answers.add(404 to """{"error":"no such book"}""")

    client.remove("b6")
    val e = assertThrows(HttpStatusException::class.java) { client.remove("b7") }

    assertEquals("DELETE /books/b6", taken().let { "${it.method} ${it.uri}" })
    assertEquals("DELETE /books/b7", taken().let { "${it.method} ${it.uri}" })
    assertEquals(404, e.status())
  }
}
