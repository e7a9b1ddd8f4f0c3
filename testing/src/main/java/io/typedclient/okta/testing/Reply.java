package io.typedclient.okta.testing;

import java.io.IOException;
import java.io.OutputStream;

/** How one answer goes on the wire. Faults that damage the wire itself (a cut connection) are replies too. */
interface Reply {
  /**
   * Writes this reply for a request ({@code headRequest}: without content) and says whether the connection may
   * carry another request afterwards.
   */
  boolean writeTo(OutputStream out, boolean headRequest) throws IOException;
}
