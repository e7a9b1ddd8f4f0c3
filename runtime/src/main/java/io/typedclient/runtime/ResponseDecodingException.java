package io.typedclient.runtime;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import java.io.IOException;

/**
 * A 2xx response whose body is not the JSON the method declares: malformed or truncated JSON, a missing
 * required property, a value of the wrong type, data after the value. The message says what was expected and
 * where, as a JSON path ({@code $.idp.type}), but never the offending value, which may be a token or a session
 * id; the request's secrets are masked in the path too (its names come from the server), and it is kept on one
 * line. The cause is Moshi's {@code JsonDataException} or {@code JsonEncodingException}, a copy without the value
 * when Moshi's message quoted it; a body that ends inside the value gives a {@code JsonEncodingException} naming
 * the path, caused by Moshi's {@code EOFException}.
 */
public class ResponseDecodingException extends TypedClientException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient HttpHeaders headers;

  /** The body of {@code response} could not be decoded because of {@code cause}. */
  public ResponseDecodingException(HttpResponse response, Throwable cause) {
    this(response, withoutValues(response.request(), cause), true);
  }

  private ResponseDecodingException(HttpResponse response, Throwable safeCause, boolean sanitized) {
    super(
        "could not decode the response to " + response.request() + " (HTTP " + response.status() + ", "
            + response.bodyLength() + " bytes): " + describe(safeCause),
        response.request(),
        safeCause);
    this.status = response.status();
    this.headers = response.headers();
  }

  /** The response status. */
  public int status() {
    return status;
  }

  /** The response headers. */
  public HttpHeaders headers() {
    return headers;
  }

  private static String describe(Throwable cause) {
    if (cause == null) {
      return "no cause given";
    }
    if (cause instanceof JsonDataException || cause instanceof IOException) {
      return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
    // Anything else came from an adapter; its message may quote the input.
    return cause.getClass().getSimpleName() + " in a JSON adapter";
  }

  /** {@code cause}, or a copy with the same type and stack whose message no longer quotes a value. */
  private static Throwable withoutValues(HttpRequest request, Throwable cause) {
    if (!(cause instanceof JsonDataException || cause instanceof JsonEncodingException)) {
      return cause;
    }
    String original = cause.getMessage();
    if (original == null) {
      return cause; // nothing quoted (an adapter's own exception may have no message)
    }
    // A JSON path holds the body's own names, which a hostile server chooses: a token it was sent, or control
    // characters that would break a log line.
    String safe = HttpStatusException.oneLine(SecretScrubber.scrub(request, SecretScrubber.jsonMessage(original)));
    if (safe.equals(original)) {
      return cause;
    }
    Throwable copy = cause instanceof JsonEncodingException ? new JsonEncodingException(safe) : new JsonDataException(safe);
    copy.setStackTrace(cause.getStackTrace());
    return copy;
  }
}
