package io.typedclient.bench.load;

/**
 * One client to measure in a child JVM.
 *
 * @param contender the contender's name ({@link io.typedclient.bench.contenders.Contenders})
 * @param baseUrl the loopback server's base URL
 * @param http2 whether the floors ask for h2
 */
record Job(String contender, String baseUrl, boolean http2) {

  /** {@code contender,baseUrl,h1|h2}. */
  static Job parse(String text) {
    String[] parts = text.split(",");
    if (parts.length != 3 || !(parts[2].equals("h1") || parts[2].equals("h2"))) {
      throw new IllegalArgumentException("a job is contender,baseUrl,h1|h2, not '" + text + "'");
    }
    return new Job(parts[0], parts[1], parts[2].equals("h2"));
  }

  String format() {
    return contender + "," + baseUrl + "," + (http2 ? "h2" : "h1");
  }
}
