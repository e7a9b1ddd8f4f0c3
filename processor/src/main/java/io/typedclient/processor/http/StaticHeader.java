package io.typedclient.processor.http;

/**
 * One {@code @Headers} entry, checked at compile time.
 *
 * @param name an RFC 9110 token
 * @param value visible ASCII, space and tab, trimmed
 */
record StaticHeader(String name, String value) {}
