package io.typedclient.consumers.kotlin

import io.typedclient.okta.CreateSessionRequest
import io.typedclient.okta.OktaSessions
import io.typedclient.okta.SessionApiClient
import io.typedclient.okta.testing.FakeOkta
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Test

/** [SessionReport] against FakeOkta, over the client as `OktaSessions.builder().build()` returns it. */
class KotlinCallerTest {
  private val okta = FakeOkta.start()
  private val client: SessionApiClient =
    OktaSessions.builder().orgUrl(okta.orgUrl()).apiToken(okta.apiToken()).build()
  private val report = SessionReport(client)
  private val ada = okta.addUser("00u1ada", "ada@example.com", "Ada Lovelace")

  @AfterEach
  fun close() {
    client.close()
    okta.close()
  }

  @Test
  fun readsASessionInACoroutineWithItsNullableLogin() = runBlocking {
    val session = client.createSession(CreateSessionRequest.of(okta.issueSessionToken(ada)))

    assertEquals("ada@example.com: ACTIVE until ${session.expiresAt()}", report.describe(session.id()))
  }

  @Test
  fun anEndedSessionIsGoneInTheWhen() = runBlocking {
    val session = client.createSession(CreateSessionRequest.of(okta.issueSessionToken(ada)))

    assertEquals(SessionOutcome.Active(session), report.outcome(session.id()))
    report.end(session.id())
    assertEquals(SessionOutcome.Gone, report.outcome(session.id()))
  }

  @Test
  fun anotherRefusalKeepsItsStatusAndOktasCode() {
    okta.faults().next(1).respond(403, "E0000006", "You do not have permission to perform the requested action")

    assertEquals(SessionOutcome.Refused(403, "E0000006"), report.outcome("102nonexistent0000000000"))
  }

  @Test
  fun theGeneratedClientTakesNullForTheOptionalFlags() {
    client.revokeUserSessions(ada.id(), null, null)
    report.signOutEverywhere(ada.id(), alsoOAuthTokens = true)

    val plain = okta.takeRequest()
    val withFlag = okta.takeRequest()
    assertEquals("/api/v1/users/00u1ada/sessions", plain.path())
    assertNull(plain.rawQuery())
    assertEquals("oauthTokens=true", withFlag.rawQuery())
  }
}
