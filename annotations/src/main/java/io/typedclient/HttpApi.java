package io.typedclient;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface whose abstract methods describe HTTP endpoints. The typedclient processor writes one
 * final class implementing it, named after the interface with {@code Client} appended
 * ({@code SessionApi} becomes {@code SessionApiClient}; a nested {@code Outer.Api} becomes
 * {@code Outer_ApiClient}), in the same package, with a public constructor taking a
 * {@code io.typedclient.runtime.ClientConfig}.
 *
 * <p>Every abstract method carries exactly one of {@link GET}, {@link POST}, {@link PUT}, {@link PATCH},
 * {@link DELETE} or {@link HEAD}, and every parameter exactly one of {@link Path}, {@link Query},
 * {@link QueryMap}, {@link Header}, {@link HeaderMap}, {@link Url}, {@link Body}, {@link Field}, {@link FieldMap},
 * {@link Part} or {@link PartMap}; a method has at most one body kind: a {@link Body @Body}, the fields of a
 * {@link FormUrlEncoded @FormUrlEncoded} method or the parts of a {@link Multipart @Multipart} one, and may have
 * its own {@link Timeout @Timeout}. A method returns {@code T}, {@code void},
 * {@code io.typedclient.runtime.ApiResponse<T>}, {@code byte[]}, {@code io.typedclient.runtime.HttpResponse},
 * {@code io.typedclient.runtime.StreamingResponse} (a download, read as it arrives), or any of these wrapped in
 * {@link java.util.concurrent.CompletableFuture} ({@code CompletableFuture<Void>} for no result).
 * Default and static methods are left alone, as are re-declarations of {@code equals}, {@code hashCode} and
 * {@code toString}. Abstract methods inherited from super-interfaces are endpoints too, with the type arguments
 * of a generic super-interface filled in; each sends the {@link Headers @Headers} of this interface, then those
 * of the interface that declares it, then its own. Mistakes are compile errors tagged
 * {@code [typedclient:<rule>]}, where the rule id names the check.
 *
 * <p>Errors: a call throws {@link IllegalArgumentException} for an argument refused before anything is sent (a
 * {@code null}, empty, {@code "."} or {@code ".."} {@link Path @Path} value, a {@link Header @Header} value with
 * CR or LF, a {@code null} {@link Body @Body}, a {@link Url @Url} of another origin); asynchronous methods throw
 * it too, from the call itself, rather than returning a failed future. Everything that goes wrong once the request exists is a
 * {@code io.typedclient.runtime.TypedClientException}, thrown or completing the future.
 * Methods therefore declare no checked exceptions: a {@code throws IOException} is a compile error.
 *
 * <p>Closing: the client implements {@link AutoCloseable}, and its {@code close()} releases the transport it
 * created. When the interface has an abstract {@code close()} of its own (it extends {@code AutoCloseable} or
 * {@code Closeable}, say), the client implements that method the same way and adds no supertype; re-declare it
 * as {@code void close();} to drop the inherited {@code throws Exception}. A {@code close()} with an HTTP method,
 * or a default {@code close()}, is a compile error.
 *
 * <p>JSON bodies and results: the generated class constructs the adapter of every type it carries
 * ({@link JsonModel @JsonModel} and {@link JsonAdaptedBy @JsonAdaptedBy} types, {@code List}, {@code Set},
 * {@code Map<String, V>}, {@code Instant}, {@code OffsetDateTime}, {@code LocalDate}) and asks Moshi only for
 * strings, primitives and their boxes, whose standard adapters do not reflect. Any other type is a compile error,
 * unless it is named in {@link #fromMoshi}.
 *
 * <p>Nothing is read at run time: the annotation has {@code CLASS} retention and the generated class
 * calls the runtime directly, without reflection or proxies.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.CLASS)
public @interface HttpApi {
  /**
   * Types whose adapters the application's Moshi ({@code ClientConfig.moshi}) supplies, wherever they appear in
   * this interface's bodies and results, inherited methods included: a library type with an adapter registered
   * there ({@code Money}, {@code UUID}), or a polymorphic type behind a factory. The generated class asks that
   * Moshi for them with {@code moshi.adapter(type)} when it is constructed. Moshi answers with the adapter the
   * application registered, or, when there is none, by reflection: naming a type here is that choice, made
   * visibly. A type inside one of these ({@code Money} in {@code Optional<Money>}) is asked of Moshi too, so it
   * must be a string, a primitive, a box, or named here as well. Types that generated code wires itself
   * ({@code @JsonModel}, {@code @JsonAdaptedBy}, strings, primitives and boxes, {@code List}, {@code Set},
   * {@code Map}, the {@code java.time} types) are refused here.
   */
  Class<?>[] fromMoshi() default {};
}
