package io.typedclient.okta.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The state of the fake org: users, outstanding session tokens, sessions. One lock guards all of it. */
final class OktaOrg {
  private static final class IssuedToken {
    final FakeUser user;
    final Instant issuedAt;

    IssuedToken(FakeUser user, Instant issuedAt) {
      this.user = user;
      this.issuedAt = issuedAt;
    }
  }

  private final Object lock = new Object();
  private final Map<String, FakeUser> users = new LinkedHashMap<>();
  private final Map<String, IssuedToken> tokens = new HashMap<>();
  private final Map<String, FakeSession> sessions = new LinkedHashMap<>();
  private final Ids ids;
  private final Duration sessionLifetime;

  OktaOrg(Ids ids, Duration sessionLifetime) {
    this.ids = ids;
    this.sessionLifetime = sessionLifetime;
  }

  FakeUser addUser(String id, String login, String name) {
    FakeUser user = new FakeUser(id, login, name);
    synchronized (lock) {
      if (users.containsKey(id)) {
        throw new IllegalArgumentException("a user with id " + id + " already exists");
      }
      users.put(id, user);
    }
    return user;
  }

  String issueSessionToken(FakeUser user, Instant now) {
    String token = ids.sessionToken();
    synchronized (lock) {
      requireKnown(user);
      tokens.put(token, new IssuedToken(user, now));
    }
    return token;
  }

  /** Redeems a token once; null when it is unknown or already used. */
  FakeSession exchange(String sessionToken, Instant now) {
    synchronized (lock) {
      IssuedToken issued = tokens.remove(sessionToken);
      if (issued == null || !users.containsKey(issued.user.id())) {
        return null;
      }
      return open(issued.user, now, issued.issuedAt);
    }
  }

  FakeSession createSession(FakeUser user, Instant now) {
    synchronized (lock) {
      requireKnown(user);
      return open(user, now, now);
    }
  }

  private FakeSession open(FakeUser user, Instant now, Instant passwordVerifiedAt) {
    FakeSession session = new FakeSession(ids.sessionId(), user, now, now.plus(sessionLifetime), passwordVerifiedAt);
    sessions.put(session.id(), session);
    return session;
  }

  /** The session if it exists and has not expired; an expired one is forgotten. */
  FakeSession find(String sessionId, Instant now) {
    synchronized (lock) {
      return live(sessionId, now);
    }
  }

  FakeSession refresh(String sessionId, Instant now) {
    synchronized (lock) {
      FakeSession session = live(sessionId, now);
      if (session == null) {
        return null;
      }
      FakeSession refreshed = session.expiringAt(now.plus(sessionLifetime));
      sessions.put(sessionId, refreshed);
      return refreshed;
    }
  }

  /** Ends the session; false when there was no live session to end. */
  boolean end(String sessionId, Instant now) {
    synchronized (lock) {
      return live(sessionId, now) != null && sessions.remove(sessionId) != null;
    }
  }

  /** Ends every session of the user; false when the org has no such user. */
  boolean endAllOf(String userId) {
    synchronized (lock) {
      if (!users.containsKey(userId)) {
        return false;
      }
      sessions.values().removeIf(session -> session.userId().equals(userId));
      return true;
    }
  }

  List<FakeSession> activeSessions(Instant now) {
    synchronized (lock) {
      List<FakeSession> active = new ArrayList<>();
      for (Iterator<FakeSession> it = sessions.values().iterator(); it.hasNext(); ) {
        FakeSession session = it.next();
        if (session.isActiveAt(now)) {
          active.add(session);
        } else {
          it.remove();
        }
      }
      return active;
    }
  }

  void reset() {
    synchronized (lock) {
      users.clear();
      tokens.clear();
      sessions.clear();
    }
  }

  private FakeSession live(String sessionId, Instant now) {
    FakeSession session = sessions.get(sessionId);
    if (session != null && !session.isActiveAt(now)) {
      sessions.remove(sessionId);
      return null;
    }
    return session;
  }

  private void requireKnown(FakeUser user) {
    if (!user.equals(users.get(user.id()))) {
      throw new IllegalArgumentException("user " + user.id() + " is not a user of this FakeOkta (addUser first)");
    }
  }
}
