package io.typedclient.okta.testing;

/**
 * A path pattern for faults, matched segment by segment against the raw path: {@code *} is exactly one segment,
 * {@code **} any number of segments (none included), anything else must be equal.
 */
final class PathPattern {
  private final String pattern;
  private final String[] segments;

  private PathPattern(String pattern) {
    this.pattern = pattern;
    this.segments = pattern.substring(1).split("/", -1);
  }

  static PathPattern compile(String pattern) {
    if (pattern == null || !pattern.startsWith("/")) {
      throw new IllegalArgumentException("a path pattern starts with '/', e.g. /api/v1/sessions/*; got " + pattern);
    }
    if (pattern.indexOf('?') >= 0) {
      throw new IllegalArgumentException("a path pattern matches the path only, without a query: " + pattern);
    }
    return new PathPattern(pattern);
  }

  boolean matches(String rawPath) {
    if (!rawPath.startsWith("/")) {
      return false;
    }
    return matches(segments, 0, rawPath.substring(1).split("/", -1), 0);
  }

  private static boolean matches(String[] pattern, int p, String[] path, int s) {
    if (p == pattern.length) {
      return s == path.length;
    }
    if (pattern[p].equals("**")) {
      for (int skip = s; skip <= path.length; skip++) {
        if (matches(pattern, p + 1, path, skip)) {
          return true;
        }
      }
      return false;
    }
    if (s == path.length) {
      return false;
    }
    boolean segmentMatches = pattern[p].equals("*") ? !path[s].isEmpty() : pattern[p].equals(path[s]);
    return segmentMatches && matches(pattern, p + 1, path, s + 1);
  }

  @Override
  public String toString() {
    return pattern;
  }
}
