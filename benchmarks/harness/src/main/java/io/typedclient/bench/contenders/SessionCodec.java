package io.typedclient.bench.contenders;

import java.io.IOException;

/** One contender's JSON mapping of a session, reduced to what the JSON benchmarks call. Thread-safe. */
public interface SessionCodec {

  /** Decodes a whole UTF-8 body into the contender's own session type. */
  Object decode(byte[] json) throws IOException;

  /** Encodes a session this codec decoded as UTF-8 JSON. */
  byte[] encode(Object session) throws IOException;

  /** {@code id/STATUS} of a session this codec decoded. */
  String summary(Object session);
}
