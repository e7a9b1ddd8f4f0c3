package io.typedclient.processor.model;

import javax.lang.model.type.TypeMirror;

/**
 * What an endpoint returns and how its response is decoded.
 *
 * @param kind the shape of the result
 * @param async whether the result is wrapped in a {@code CompletableFuture}
 * @param bodyType the type the body is decoded to, or {@code null} when the body is ignored
 *     ({@code void}, {@code CompletableFuture<Void>}, {@code ApiResponse<Void>})
 */
public record ReturnModel(Kind kind, boolean async, TypeMirror bodyType) {

  /** The shape of a result. */
  public enum Kind {
    /** {@code T}: the decoded body. */
    BODY,
    /** {@code void} or {@code CompletableFuture<Void>}: nothing. */
    NONE,
    /** {@code ApiResponse<T>} or {@code ApiResponse<Void>}: the body with status and headers. */
    RESPONSE
  }
}
