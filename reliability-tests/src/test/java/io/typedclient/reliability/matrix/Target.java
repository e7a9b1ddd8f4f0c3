package io.typedclient.reliability.matrix;

import io.typedclient.okta.testing.FakeOkta;
import io.typedclient.okta.testing.FakeSession;

/**
 * What one call acts on: the user, a live session of theirs, a fresh session token and the session's cookie (a
 * call that does not need one of them may leave it null).
 */
public record Target(FakeOkta okta, String userId, FakeSession session, String sessionToken, String cookie) {}
