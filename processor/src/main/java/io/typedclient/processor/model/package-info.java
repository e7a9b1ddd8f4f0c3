/** What the validators read, as immutable records; the writers' only input. */
package io.typedclient.processor.model;
