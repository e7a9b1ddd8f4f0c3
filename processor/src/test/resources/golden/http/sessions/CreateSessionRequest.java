package golden.sessions;

import io.typedclient.JsonModel;

@JsonModel
public final class CreateSessionRequest {
  public final String sessionToken;

  public CreateSessionRequest(String sessionToken) {
    this.sessionToken = sessionToken;
  }
}
