package io.typedclient.okta;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The JWS algorithms Okta accepts for client assertions and DPoP proofs (RFC 7518, section 3): RSASSA-PKCS1-v1_5
 * and ECDSA, each with SHA-256, -384 or -512.
 */
enum JwsAlgorithm {
  RS256("SHA256withRSA", 0),
  RS384("SHA384withRSA", 0),
  RS512("SHA512withRSA", 0),
  ES256("SHA256withECDSA", 32),
  ES384("SHA384withECDSA", 48),
  ES512("SHA512withECDSA", 66);

  /** The JCA name of the signature algorithm. */
  final String jcaName;
  /** For ECDSA, the length of R and of S in a JOSE signature (RFC 7518, section 3.4); 0 for RSA. */
  final int ecCoordinateBytes;

  JwsAlgorithm(String jcaName, int ecCoordinateBytes) {
    this.jcaName = jcaName;
    this.ecCoordinateBytes = ecCoordinateBytes;
  }

  boolean isEc() {
    return ecCoordinateBytes > 0;
  }

  /** The JWK curve name of an ECDSA algorithm ({@code P-256}, {@code P-384}, {@code P-521}). */
  String curve() {
    switch (this) {
      case ES256:
        return "P-256";
      case ES384:
        return "P-384";
      case ES512:
        return "P-521";
      default:
        throw new IllegalStateException(name() + " is not an ECDSA algorithm");
    }
  }

  /** The ECDSA algorithm for a curve of {@code fieldBits} bits, or {@code null} for any other curve. */
  static @Nullable JwsAlgorithm forCurveBits(int fieldBits) {
    switch (fieldBits) {
      case 256:
        return ES256;
      case 384:
        return ES384;
      case 521:
        return ES512;
      default:
        return null;
    }
  }

  /** The algorithm named {@code name} ({@code "RS256"}...), or {@code null} when it is none of these. */
  static @Nullable JwsAlgorithm named(@Nullable String name) {
    if (name == null) {
      return null;
    }
    for (JwsAlgorithm algorithm : values()) {
      if (algorithm.name().equals(name.trim().toUpperCase(Locale.ROOT))) {
        return algorithm;
      }
    }
    return null;
  }
}
