package io.typedclient;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sends the method's {@link Field @Field} and {@link FieldMap @FieldMap} parameters as an
 * {@code application/x-www-form-urlencoded} body, encoded by the WHATWG URL standard's form rules (UTF-8;
 * {@code *-._}, letters and digits as they are, a space as {@code +}, every other byte percent-encoded).
 * {@code null} values are left out; an {@link Iterable} adds its field once per non-null element, in order.
 * Not on {@link GET}, {@link HEAD} or {@link DELETE}; a form method has no {@link Body @Body}, no
 * {@link Part @Part} and at least one field parameter (the processor refuses anything else).
 *
 * <pre>
 * &#64;FormUrlEncoded
 * &#64;POST("/oauth2/v1/token")
 * Token token(@Field("grant_type") String grantType, @Field("scope") List&lt;String&gt; scopes);
 * </pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface FormUrlEncoded {}
