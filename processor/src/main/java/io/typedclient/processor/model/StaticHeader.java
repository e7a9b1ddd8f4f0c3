package io.typedclient.processor.model;

/**
 * One {@code @Headers} entry, checked at compile time.
 *
 * @param name an RFC 9110 token
 * @param value visible ASCII, space and tab, trimmed
 */
public record StaticHeader(String name, String value) {}
