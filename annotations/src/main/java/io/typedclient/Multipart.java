package io.typedclient;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sends the method's {@link Part @Part} and {@link PartMap @PartMap} parameters as a
 * {@code multipart/form-data} body (RFC 7578). The boundary is drawn at random for every request (192 bits
 * from a {@code SecureRandom}) and checked against every part held in memory; a streamed part cannot be
 * checked before it is sent, and a random boundary of that length is what keeps it out of the data. Not on
 * {@link GET}, {@link HEAD} or {@link DELETE}; a multipart method has no {@link Body @Body}, no
 * {@link Field @Field} and at least one part parameter.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface Multipart {}
