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
 * {@link io.typedclient.runtime.ClientConfig ClientConfig}.
 *
 * <p>Every abstract method carries exactly one of {@link GET}, {@link POST}, {@link PUT}, {@link PATCH},
 * {@link DELETE} or {@link HEAD}, and every parameter exactly one of {@link Path}, {@link Query},
 * {@link Header} or {@link Body}. A method returns {@code T}, {@code void},
 * {@link io.typedclient.runtime.ApiResponse ApiResponse<T>}, or any of these wrapped in
 * {@link java.util.concurrent.CompletableFuture} ({@code CompletableFuture<Void>} for no result).
 * Default and static methods are left alone. Mistakes are compile errors tagged {@code [typedclient]}.
 *
 * <p>Nothing is read at run time: the annotation has {@code CLASS} retention and the generated class
 * calls the runtime directly, without reflection or proxies.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.CLASS)
public @interface HttpApi {}
