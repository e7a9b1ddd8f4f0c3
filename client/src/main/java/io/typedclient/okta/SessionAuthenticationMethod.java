package io.typedclient.okta;

import com.squareup.moshi.Json;
import io.typedclient.JsonFallback;
import io.typedclient.JsonModel;

/**
 * An authentication method reference ({@code amr}) of a {@link Session}: how the user proved who they are.
 * Constants are named after Okta's inline-hook names for the methods; each reads and writes Okta's lower-case
 * JSON code, given in its description.
 */
@JsonModel
public enum SessionAuthenticationMethod {
  /** {@code fpt}: fingerprint biometric authentication (Okta Verify with Touch ID). */
  @Json(name = "fpt")
  BIO_FINGERPRINT,
  /** {@code geo}: use of geo-location information (IP trust, network zone conditions). */
  @Json(name = "geo")
  GEOLOCATION,
  /** {@code hwk}: proof of possession of a hardware key (a YubiKey). */
  @Json(name = "hwk")
  POP_HARDWARE_KEY,
  /** {@code kba}: knowledge-based authentication (a security question). */
  @Json(name = "kba")
  KNOWLEDGE_BASED_AUTHENTICATION,
  /** {@code mca}: multiple-channel authentication (more than one channel, such as Internet and mobile network). */
  @Json(name = "mca")
  MULTIPLE_CHANNEL_AUTHENTICATION,
  /** {@code mfa}: multifactor authentication; present whenever any MFA factor was verified. */
  @Json(name = "mfa")
  MULTIFACTOR_AUTHENTICATION,
  /** {@code otp}: a one-time password (Okta Verify, Google Authenticator). */
  @Json(name = "otp")
  ONE_TIME_PASSWORD,
  /** {@code pwd}: password authentication. */
  @Json(name = "pwd")
  PASSWORD,
  /** {@code sc}: smart card authentication (a PIV or CAC card). */
  @Json(name = "sc")
  SMART_CARD,
  /** {@code sms}: a text message to a registered number. */
  @Json(name = "sms")
  SMS_MESSAGE,
  /** {@code swk}: proof of possession of a software key (Okta Verify with Push). */
  @Json(name = "swk")
  POP_SOFTWARE_KEY,
  /** {@code tel}: a telephone call to a registered number. */
  @Json(name = "tel")
  TELEPHONE_CALL,
  /** A method this version of the client does not know (Okta added it later). */
  @JsonFallback
  UNKNOWN
}
