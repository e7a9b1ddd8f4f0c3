package io.typedclient.shrinktest.okta;

import io.typedclient.okta.CreateSessionRequest;
import io.typedclient.okta.OktaApiException;
import io.typedclient.okta.OktaSessions;
import io.typedclient.okta.Session;
import io.typedclient.okta.SessionApiClient;
import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.JdkHttpTransport;
import io.typedclient.runtime.UrlConnectionTransport;
import java.util.concurrent.TimeUnit;

/**
 * A small app on the Okta Sessions client: creates a session from a session token, reads it (blocking and
 * asynchronously), refreshes it, ends it, and checks that it is gone. Prints one line per step and exits 0 only
 * when every step did what Okta promises. The shrink test runs it after R8 (in full mode) or ProGuard has shrunk and
 * obfuscated it with the client, the runtime, Moshi, okio and the Kotlin standard library, the app keeping nothing
 * but {@link #main}.
 *
 * <p>Arguments: the org URL, the API token, a session token, and {@code urlconnection} (the transport an Android
 * app uses) or {@code jdk}. Session ids are secrets, so none is printed.
 */
public final class SessionsDemo {
  private SessionsDemo() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: SessionsDemo <orgUrl> <apiToken> <sessionToken> urlconnection|jdk");
      System.exit(2);
    }
    HttpTransport transport =
        args[3].equals("jdk") ? JdkHttpTransport.create() : UrlConnectionTransport.create();
    try (SessionApiClient sessions =
        OktaSessions.builder().orgUrl(args[0]).apiToken(args[1]).transport(transport).build()) {
      System.out.println("transport: " + transport);

      Session created = sessions.createSession(CreateSessionRequest.of(args[2]));
      System.out.println("create: status=" + created.status() + " userId=" + created.userId() + " login="
          + created.login() + " amr=" + created.amr() + " idp=" + created.idp().type() + " user link name="
          + created.links().user().name() + " expiresAt=" + created.expiresAt());

      Session read = sessions.getSession(created.id());
      check(read.equals(created), "get returned a different session");
      Session readAsync = sessions.getSessionAsync(created.id()).get(30, TimeUnit.SECONDS);
      check(readAsync.equals(created), "getAsync returned a different session");
      System.out.println("get: same session, blocking and async; status=" + read.status());

      Session refreshed = sessions.refreshSession(created.id());
      check(refreshed.id().equals(created.id()), "refresh returned another session");
      check(!refreshed.expiresAt().isBefore(created.expiresAt()), "refresh moved expiresAt back");
      System.out.println("refresh: expiresAt=" + refreshed.expiresAt());

      sessions.endSession(created.id());
      System.out.println("end: done");

      try {
        sessions.getSession(created.id());
        check(false, "the ended session is still there");
      } catch (OktaApiException expected) {
        check(expected.isNotFound(), "expected 404 E0000007, got " + expected.status() + " " + expected.errorCode());
        // Not the summary: Okta's repeats the session id.
        System.out.println("get after end: " + expected.status() + " " + expected.errorCode());
      }
      System.out.println("lifecycle complete");
    } finally {
      transport.close();
    }
  }

  private static void check(boolean condition, String problem) {
    if (!condition) {
      throw new IllegalStateException(problem);
    }
  }
}
