package io.typedclient.consumers.kapt

import com.squareup.moshi.Json
import io.typedclient.Body
import io.typedclient.DELETE
import io.typedclient.GET
import io.typedclient.Header
import io.typedclient.Headers
import io.typedclient.HttpApi
import io.typedclient.JsonFallback
import io.typedclient.JsonModel
import io.typedclient.POST
import io.typedclient.Path
import io.typedclient.Query
import io.typedclient.runtime.ApiResponse
import java.time.Instant
import java.util.concurrent.CompletableFuture

/** The README's bookshop, written in Kotlin. */
@HttpApi
@Headers("Accept: application/json")
interface BookshopApi {
  @GET("/books/{id}")
  fun book(@Path("id") id: String): Book

  @GET("/books")
  fun search(@Query("genre") genre: Genre?, @Query("q") text: String?): CompletableFuture<List<Book>>

  @POST("/books")
  fun add(@Body book: Book, @Header("Idempotency-Key") key: String): ApiResponse<Book>

  @DELETE("/books/{id}")
  fun remove(@Path("id") id: String)
}

/** A book; a property that may be absent is nullable. */
@JsonModel
data class Book(
  val id: String,
  val title: String,
  val subtitle: String?,
  val genre: Genre,
  val authors: List<String>,
  @Json(name = "published_at") val publishedAt: Instant?,
)

/** Genres by their JSON names; values added later read as [UNKNOWN]. */
@JsonModel
enum class Genre {
  @Json(name = "sci-fi") SCIENCE_FICTION,
  @Json(name = "poetry") POETRY,
  @JsonFallback UNKNOWN,
}
