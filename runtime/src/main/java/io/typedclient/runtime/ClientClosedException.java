package io.typedclient.runtime;

/** A call was made after its client (or transport) was closed. */
public class ClientClosedException extends TypedClientException {
  private static final long serialVersionUID = 1L;

  /** {@code request} was refused because the client is closed. */
  public ClientClosedException(HttpRequest request) {
    super("client is closed; refused " + request, request, null);
  }
}
