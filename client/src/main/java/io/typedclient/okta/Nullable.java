package io.typedclient.okta;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a model property that Okta may leave out or send as {@code null}. The typedclient processor treats any
 * annotation with this simple name as "optional"; declaring our own keeps the client free of an annotation
 * library dependency.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.METHOD, ElementType.FIELD})
@interface Nullable {}
