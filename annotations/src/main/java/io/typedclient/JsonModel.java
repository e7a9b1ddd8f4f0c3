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
 * same package, has a public constructor taking a {@code Moshi}, and exposes a {@code FACTORY} for applications
 * that bring their own Moshi: {@code new Moshi.Builder().add(SessionJsonAdapter.FACTORY)}. Generated clients and
 * generated adapters construct the adapters they need directly, so Moshi is never asked for a model's adapter.
 *
 * <p>A class has one constructor (the widest non-private one) whose parameters are its properties, by name;
 * each has an accessor ({@code name()}, {@code getName()} or {@code isName()}) or a non-private field of the
 * same name and type. A record's components are its properties. JSON names come from Moshi's
 * {@code @Json(name = ...)} and {@code @Json(ignore = true)} leaves a property out of JSON (it must then be
 * optional, and gets {@code null}, or primitive, and gets zero or {@code false}). A property is optional when its
 * type, parameter, accessor or field carries an annotation whose simple name is {@code Nullable} (JSpecify,
 * javax, AndroidX, Checker Framework: any); every other property is required, and a required property that is
 * absent or {@code null} is a {@code JsonDataException} naming the property and its JSON path. Unknown JSON
 * properties are skipped. The constructor may validate: a {@code RuntimeException} it throws while reading becomes a
 * {@code JsonDataException} naming the model, the JSON path of the object and the exception's type (not its
 * message, which may quote the value), with the exception as its cause.
 *
 * <p>Property types: {@code String}; primitives and their boxes; {@code @JsonModel} classes, records and enums;
 * {@code List}, {@code Set} and {@code Map<String, V>} of any of these, nested as deep as needed (elements and
 * values are non-null unless their type argument is annotated {@code Nullable}; collections are read as
 * unmodifiable); {@code java.time.Instant}, {@code OffsetDateTime} and {@code LocalDate} as ISO-8601 strings;
 * {@link JsonAdaptedBy @JsonAdaptedBy} types, through the hand-written adapter they name. The generated adapter
 * constructs each of these adapters itself and asks Moshi only for strings, primitives and boxes, whose standard
 * adapters do not reflect. Any other type ({@code Object}, {@code Optional}, an enum or class without
 * {@code @JsonModel}, a map with keys other than {@code String}, an array) is a compile error, unless it is named
 * in {@link #fromMoshi}.
 *
 * <p>Writing: properties are written in the order of the constructor's parameters (a record's components), under
 * their JSON names; a {@code null} optional property is left out, and an {@code @Json(ignore = true)} property is
 * never written. A model cannot write an explicit JSON {@code null}: a Java {@code null} means "absent". For JSON
 * that needs absent, {@code null} and a value apart (a JSON merge patch), give the type a hand-written adapter
 * with {@code @JsonAdaptedBy}.
 *
 * <p>An enum's constants map to their names or to {@code @Json(name = ...)}; mark one constant
 * {@link JsonFallback @JsonFallback} to receive values the server adds later.
 *
 * <p>Why our own annotation rather than Moshi's {@code @JsonClass(generateAdapter = true)}: Moshi finds
 * adapters for {@code @JsonClass} types at run time by reflection. In Moshi 1.15.2 its standard factory calls
 * {@code Util.generatedAdapter} for every class it has no adapter for, which reads {@code @JsonClass} (a
 * {@code RUNTIME} annotation) with {@code Class.getAnnotation}, loads the adapter class with
 * {@code Class.forName}, finds its constructor with {@code getDeclaredConstructor}, calls
 * {@code setAccessible(true)} and {@code newInstance}: that needs keep rules under R8 and reflection
 * configuration under GraalVM. {@code JsonModel} has {@code CLASS} retention: nothing reads it at run time, and
 * generated code is wired directly.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.CLASS)
public @interface JsonModel {
  /**
   * Types whose adapters the application's Moshi supplies, wherever they appear in this model's properties: the
   * generated adapter asks the {@code Moshi} it is constructed with for them ({@code moshi.adapter(type)}). Moshi
   * answers with the adapter the application registered, or, when there is none, by reflection: naming a type
   * here is that choice, made visibly. A type inside one of these is asked of Moshi too, so it must be a string, a
   * primitive, a box, or named here as well. Types that generated code wires itself are refused here, and so is
   * this attribute on an enum, which has no properties. See {@link HttpApi#fromMoshi()} for the same on
   * interfaces.
   */
  Class<?>[] fromMoshi() default {};
}
