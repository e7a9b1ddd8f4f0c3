/**
 * One processing step per annotation: validates each annotated type with {@code validate}, and writes the valid ones
 * with {@code write}.
 */
package io.typedclient.processor.step;
