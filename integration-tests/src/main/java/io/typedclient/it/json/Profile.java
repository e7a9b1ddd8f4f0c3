package io.typedclient.it.json;

import io.typedclient.JsonModel;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * A class read back through every kind of member the processor accepts: a public field, {@code getX()},
 * {@code isX()} and {@code x()}; optional through a declaration (not type-use) {@code Nullable}, JSR 305's, which
 * the processor claims, so that this module's {@code -Xlint:all -Werror} build stays quiet.
 */
@JsonModel
public final class Profile {
  public final String login;
  private final String firstName;
  private final boolean admin;
  private final Integer age;
  private final String nickname;

  /** Not the widest: the adapter uses the other one. */
  public Profile(String login) {
    this(login, login, false, null, null);
  }

  public Profile(String login, String firstName, boolean admin, @Nullable Integer age, @Nullable String nickname) {
    this.login = login;
    this.firstName = firstName;
    this.admin = admin;
    this.age = age;
    this.nickname = nickname;
  }

  public String getFirstName() {
    return firstName;
  }

  public boolean isAdmin() {
    return admin;
  }

  @Nullable
  public Integer age() {
    return age;
  }

  public String nickname() {
    return nickname;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Profile)) {
      return false;
    }
    Profile that = (Profile) o;
    return login.equals(that.login)
        && firstName.equals(that.firstName)
        && admin == that.admin
        && Objects.equals(age, that.age)
        && Objects.equals(nickname, that.nickname);
  }

  @Override
  public int hashCode() {
    return Objects.hash(login, firstName, admin, age, nickname);
  }
}
