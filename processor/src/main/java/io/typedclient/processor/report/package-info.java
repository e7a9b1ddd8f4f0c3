/** What validation found: the {@code Report} every validator writes to, and the {@code Rule} ids of its messages. */
package io.typedclient.processor.report;
