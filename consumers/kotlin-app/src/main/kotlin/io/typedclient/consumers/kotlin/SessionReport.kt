package io.typedclient.consumers.kotlin

import io.typedclient.okta.OktaApiException
import io.typedclient.okta.Session
import io.typedclient.okta.SessionApi
import java.time.Instant
import kotlinx.coroutines.future.await

/** What became of a session, as a Kotlin service tells it apart. */
sealed interface SessionOutcome {
  /** The session exists. */
  data class Active(val session: Session) : SessionOutcome

  /** Ended, expired or never there (Okta's E0000007). */
  data object Gone : SessionOutcome

  /** Rate-limited past the client's retries; [resetAt] by Okta's clock, when Okta said. */
  data class RateLimited(val resetAt: Instant?) : SessionOutcome

  /** Any other refusal: the status, and Okta's error code when the body had one. */
  data class Refused(val status: Int, val errorCode: String?) : SessionOutcome
}

/**
 * A Kotlin caller of the Okta client, written as a Kotlin team would: the types below are what the client's
 * JSpecify annotations make of its API (a [Session.login] that may be null is a `String?`, a session id is a
 * `String`), the asynchronous calls are awaited in coroutines, and an [OktaApiException] is told apart in a `when`.
 */
class SessionReport(private val sessions: SessionApi) {
  /** One line about the session, read without blocking a thread. */
  suspend fun describe(sessionId: String): String {
    val session: Session = sessions.getSessionAsync(sessionId).await()
    val login: String? = session.login()
    val status = session.status()?.name ?: "no status"
    val until = session.expiresAt()?.toString() ?: "no expiry"
    return "${login ?: "someone"}: $status until $until"
  }

  /** The session's outcome: a blocking call, its failure told apart by Okta's error. */
  fun outcome(sessionId: String): SessionOutcome =
    try {
      SessionOutcome.Active(sessions.getSession(sessionId))
    } catch (e: OktaApiException) {
      when {
        e.isNotFound -> SessionOutcome.Gone
        e.isRateLimited -> SessionOutcome.RateLimited(e.rateLimit().resetAt().orElse(null))
        else -> SessionOutcome.Refused(e.status(), e.errorCode())
      }
    }

  /** Ends the session and waits for Okta's answer without blocking a thread. */
  suspend fun end(sessionId: String) {
    sessions.endSessionAsync(sessionId).await()
  }

  /** Signs the user out everywhere; the flags left null take Okta's defaults. */
  fun signOutEverywhere(userId: String, alsoOAuthTokens: Boolean? = null) {
    sessions.revokeUserSessions(userId, alsoOAuthTokens, null)
  }
}
