package io.typedclient;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks the typedclient processor for a reflection-free Moshi {@code JsonAdapter} for this class, record or
 * enum. The adapter is named after the type with {@code JsonAdapter} appended ({@code Session} becomes
 * {@code SessionJsonAdapter}; a nested {@code Outer.Inner} becomes {@code Outer_InnerJsonAdapter}) in the
 * same package, and exposes a {@code FACTORY} for applications that bring their own Moshi.
 *
 * <p>A class has one constructor (the widest non-private one) whose parameters are its properties, by name;
 * each has an accessor ({@code name()}, {@code getName()} or {@code isName()}) or a non-private field of the
 * same name. A record's components are its properties. JSON names come from Moshi's {@code @Json(name = ...)}
 * and {@code @Json(ignore = true)} leaves a property out of JSON (it must then be optional or primitive). A
 * property is optional when its type or parameter carries an annotation whose simple name is
 * {@code Nullable} (JSpecify, javax, AndroidX, Checker Framework: any); every other property is required.
 *
 * <p>An enum's constants map to their names or to {@code @Json(name = ...)}; mark one constant
 * {@link JsonFallback @JsonFallback} to receive values the server adds later.
 *
 * <p>Why our own annotation rather than Moshi's {@code @JsonClass(generateAdapter = true)}: Moshi finds
 * adapters for {@code @JsonClass} types at run time with {@code Class.forName} and a reflective constructor
 * call, which needs keep rules under R8 and reflection configuration under GraalVM. {@code JsonModel} has
 * {@code CLASS} retention: nothing reads it at run time, and generated code is wired directly.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.CLASS)
public @interface JsonModel {}
