package golden.sessions;

import io.typedclient.JsonModel;

@JsonModel
public final class Session {
  public final String id;

  public Session(String id) {
    this.id = id;
  }
}
