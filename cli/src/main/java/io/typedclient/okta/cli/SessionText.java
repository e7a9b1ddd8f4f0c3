package io.typedclient.okta.cli;

import com.squareup.moshi.JsonAdapter;
import io.typedclient.okta.Session;
import io.typedclient.okta.SessionAuthenticationMethod;
import io.typedclient.okta.SessionAuthenticationMethodJsonAdapter;
import io.typedclient.okta.SessionIdentityProvider;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A session as a short aligned summary for people: id, user, login, status, created, expires (with how long
 * from now), amr, idp. Missing values print as {@code -}.
 */
final class SessionText {
  private static final JsonAdapter<SessionAuthenticationMethod> AMR_CODES =
      new SessionAuthenticationMethodJsonAdapter(JsonOutput.MOSHI);

  private SessionText() {}

  /** The summary lines, each starting with {@code indent}, times relative to {@code now}. */
  static List<String> lines(Session session, Instant now, String indent) {
    List<String> lines = new ArrayList<>(8);
    lines.add(row(indent, "id", session.id()));
    lines.add(row(indent, "user", session.userId()));
    lines.add(row(indent, "login", session.login()));
    lines.add(row(indent, "status", session.status() == null ? null : session.status().name()));
    lines.add(row(indent, "created", timestamp(session.createdAt(), now)));
    lines.add(row(indent, "expires", timestamp(session.expiresAt(), now)));
    lines.add(row(indent, "amr", amr(session.amr())));
    lines.add(row(indent, "idp", idp(session.idp())));
    return lines;
  }

  /** {@code 2026-01-05T12:00:00Z  (in 1h 59m)}, or {@code null} for no instant. */
  static String timestamp(Instant at, Instant now) {
    if (at == null) {
      return null;
    }
    return instant(at) + "  (" + RelativeTime.describe(at, now) + ")";
  }

  /** An instant in UTC to the second: {@code 2026-01-05T12:00:00Z}. */
  static String instant(Instant at) {
    return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
  }

  /** Okta's codes, as Okta writes them: {@code pwd, mfa}. */
  static String amr(List<SessionAuthenticationMethod> methods) {
    if (methods.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (SessionAuthenticationMethod method : methods) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(AMR_CODES.toJsonValue(method));
    }
    return out.toString();
  }

  private static String idp(SessionIdentityProvider idp) {
    if (idp == null || (idp.type() == null && idp.id() == null)) {
      return null;
    }
    if (idp.type() == null) {
      return idp.id();
    }
    return idp.id() == null ? idp.type().name() : idp.type().name() + " " + idp.id();
  }

  private static String row(String indent, String label, String value) {
    StringBuilder line = new StringBuilder(indent).append(label);
    for (int i = label.length(); i < 9; i++) {
      line.append(' ');
    }
    return line.append(value == null ? "-" : value).toString();
  }
}
