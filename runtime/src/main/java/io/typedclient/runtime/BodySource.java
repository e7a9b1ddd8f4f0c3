package io.typedclient.runtime;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where a streamed request body comes from: a file, a pipe, a generator. The transport opens it when it sends
 * the request, copies it to the network in chunks of a few KiB without holding it in memory, and closes it; an
 * interceptor that sends a request again opens it again, so a source that can be read only once should throw
 * an {@link IOException} that says so on its second {@link #open()}.
 */
@FunctionalInterface
public interface BodySource {
  /** A new stream of the body's bytes, from the start. */
  InputStream open() throws IOException;
}
