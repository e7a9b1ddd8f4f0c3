package io.typedclient.bench.retrofit;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.List;

/**
 * An Okta session as a Retrofit + Moshi user writes it for Moshi's reflective {@code ClassJsonAdapter}: fields
 * named like the JSON, a no-argument constructor, getters. Same shape as the client's model.
 */
public final class RetrofitSession {
  private String id;
  private String login;
  private String userId;
  private Instant createdAt;
  private Instant expiresAt;
  private Status status;
  private Instant lastPasswordVerification;
  private Instant lastFactorVerification;
  private List<AuthenticationMethod> amr;
  private IdentityProvider idp;
  @Json(name = "_links") private Links links;

  private RetrofitSession() {}

  public String id() { return id; }
  public String login() { return login; }
  public String userId() { return userId; }
  public Instant createdAt() { return createdAt; }
  public Instant expiresAt() { return expiresAt; }
  public Status status() { return status; }
  public Instant lastPasswordVerification() { return lastPasswordVerification; }
  public Instant lastFactorVerification() { return lastFactorVerification; }
  public List<AuthenticationMethod> amr() { return amr; }
  public IdentityProvider idp() { return idp; }
  public Links links() { return links; }

  /** {@code SessionStatus}. */
  public enum Status { ACTIVE, MFA_ENROLL, MFA_REQUIRED }

  /** {@code SessionAuthenticationMethod}. */
  public enum AuthenticationMethod {
    @Json(name = "fpt") FPT, @Json(name = "geo") GEO, @Json(name = "hwk") HWK, @Json(name = "kba") KBA,
    @Json(name = "mca") MCA, @Json(name = "mfa") MFA, @Json(name = "otp") OTP, @Json(name = "pwd") PWD,
    @Json(name = "sc") SC, @Json(name = "sms") SMS, @Json(name = "swk") SWK, @Json(name = "tel") TEL
  }

  /** {@code SessionIdentityProviderType}. */
  public enum IdentityProviderType { ACTIVE_DIRECTORY, FEDERATION, LDAP, OKTA, SOCIAL }

  /** {@code SessionIdentityProvider}. */
  public static final class IdentityProvider {
    private String id;
    private IdentityProviderType type;

    private IdentityProvider() {}

    public String id() { return id; }
    public IdentityProviderType type() { return type; }
  }

  /** {@code _links}. */
  public static final class Links {
    private Link self;
    private Link refresh;
    private Link user;

    private Links() {}

    public Link self() { return self; }
    public Link refresh() { return refresh; }
    public Link user() { return user; }
  }

  /** {@code HrefObject}. */
  public static final class Link {
    private String name;
    private String href;
    private Hints hints;

    private Link() {}

    public String name() { return name; }
    public String href() { return href; }
    public Hints hints() { return hints; }
  }

  /** {@code HrefHints}. */
  public static final class Hints {
    private List<String> allow;

    private Hints() {}

    public List<String> allow() { return allow; }
  }
}
