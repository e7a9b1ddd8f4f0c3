package io.typedclient.processor.model;

import javax.lang.model.type.TypeMirror;

/**
 * What an endpoint returns and how its response is decoded.
 *
 * @param kind the shape of the result
 * @param async whether the result is wrapped in a {@code CompletableFuture}
 * @param bodyType the type the body is decoded to, or {@code null} when it is not decoded as JSON
 *     ({@code void}, {@code CompletableFuture<Void>}, {@code ApiResponse<Void>}, and the raw kinds)
 */
public record ReturnModel(Kind kind, boolean async, TypeMirror bodyType) {

  /** The shape of a result. */
  public enum Kind {
    /** {@code T}: the decoded body. */
    BODY,
    /** {@code void} or {@code CompletableFuture<Void>}: nothing. */
    NONE,
    /** {@code ApiResponse<T>} or {@code ApiResponse<Void>}: the body with status and headers. */
    RESPONSE,
    /** {@code byte[]}: the body's bytes, within the body limit. */
    BYTES,
    /** {@code HttpResponse}: the whole response, within the body limit. */
    RAW,
    /** {@code StreamingResponse}: status and headers, the body read as it arrives. */
    STREAM
  }
}
