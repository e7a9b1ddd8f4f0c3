package io.typedclient.reliability.secrets;

/** A value that must never be seen (or, for a canary, must be seen: it is leaked on purpose). */
final class Secret {
  final String value;
  final String what;
  final boolean canary;

  Secret(String value, String what, boolean canary) {
    this.value = value;
    this.what = what;
    this.canary = canary;
  }

  /** Names the secret by what it is; the value itself is never printed. */
  @Override
  public String toString() {
    return (canary ? "canary " : "") + what + " (" + value.length() + " chars)";
  }
}
