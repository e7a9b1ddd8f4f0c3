/**
 * The annotations an application writes on its {@code @HttpApi} interfaces and {@code @JsonModel} types; the
 * processor reads them at compile time, and nothing reads them at run time.
 */
@NullMarked
package io.typedclient;

import org.jspecify.annotations.NullMarked;
