package io.typedclient.okta;

/**
 * The client's version, for the {@code User-Agent}. A constant rather than a manifest or resource lookup, so it
 * survives shrinking and needs no I/O; {@code VersionTest} fails the build when it differs from the Maven
 * project version.
 */
final class Version {
  static final String VERSION = "0.1.0-SNAPSHOT";

  private Version() {}
}
