package io.typedclient.okta.testing;

import java.util.Objects;

/** A user of a {@link FakeOkta} org, registered with {@link FakeOkta#addUser}. Immutable. */
public final class FakeUser {
  private final String id;
  private final String login;
  private final String name;

  FakeUser(String id, String login, String name) {
    this.id = id;
    this.login = login;
    this.name = name;
  }

  /** The user id, which sessions report as {@code userId}. */
  public String id() {
    return id;
  }

  /** The login (user name), which sessions report as {@code login}. */
  public String login() {
    return login;
  }

  /** The display name, which sessions report as {@code _links.user.name}. */
  public String name() {
    return name;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof FakeUser)) {
      return false;
    }
    FakeUser that = (FakeUser) o;
    return id.equals(that.id) && login.equals(that.login) && name.equals(that.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, login, name);
  }

  @Override
  public String toString() {
    return "FakeUser{id=" + id + ", login=" + login + "}";
  }
}
