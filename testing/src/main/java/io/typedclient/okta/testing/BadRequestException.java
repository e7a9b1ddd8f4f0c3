package io.typedclient.okta.testing;

/** A request that is not valid HTTP/1.1; the connection answers once and closes. */
final class BadRequestException extends Exception {
  private static final long serialVersionUID = 1L;

  final int status;

  BadRequestException(int status, String message) {
    super(message);
    this.status = status;
  }
}
