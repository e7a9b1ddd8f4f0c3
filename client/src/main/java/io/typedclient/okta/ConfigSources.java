package io.typedclient.okta;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Where {@link OktaSessions.Builder} reads what it was not given, in Okta's order: a system property, else its
 * environment variable. By default {@link System#getProperty} and {@link System#getenv}; tests and tools replace
 * both. Remembers where the last value came from, for messages.
 */
final class ConfigSources {
  final Function<String, @Nullable String> properties;
  final Function<String, @Nullable String> environment;
  /** Where the last value {@link #get} found came from, such as {@code the system property okta.client.proxy.port}. */
  @Nullable String lastSource;

  ConfigSources(Function<String, @Nullable String> properties, Function<String, @Nullable String> environment) {
    this.properties = properties;
    this.environment = environment;
  }

  /** The system properties and environment variables of this JVM. */
  static ConfigSources system() {
    return new ConfigSources(new SystemProperties(), new EnvironmentVariables());
  }

  /** The system property's value, else the environment variable's; {@code null} when neither is set. */
  @Nullable String get(String property, String variable) {
    String value = read(properties, property);
    if (value != null) {
      lastSource = "the system property " + property;
      return value;
    }
    value = read(environment, variable);
    if (value != null) {
      lastSource = "the environment variable " + variable;
    }
    return value;
  }

  /** A set, non-blank value, trimmed; {@code null} otherwise (an empty variable counts as unset). */
  static @Nullable String read(Function<String, @Nullable String> source, String name) {
    String value;
    try {
      value = source.apply(name);
    } catch (SecurityException e) {
      return null;
    }
    return value == null || value.trim().isEmpty() ? null : value.trim();
  }

  // Classes rather than lambdas: each lambda spins its own classes at first use, which every client's cold start
  // would pay for (benchmarks/FINDINGS.md, change 8).
  private static final class SystemProperties implements Function<String, @Nullable String> {
    @Override
    public @Nullable String apply(String name) {
      return System.getProperty(name);
    }
  }

  private static final class EnvironmentVariables implements Function<String, @Nullable String> {
    @Override
    public @Nullable String apply(String name) {
      return System.getenv(name);
    }
  }
}
