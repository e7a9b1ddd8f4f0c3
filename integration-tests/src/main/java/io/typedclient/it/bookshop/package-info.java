/**
 * A bookshop API as a new user would write it from the README: a record model, enums with JSON names in bodies,
 * paths, queries and headers, and a JSON merge patch with explicit {@code null}s through a hand-written adapter.
 */
package io.typedclient.it.bookshop;
