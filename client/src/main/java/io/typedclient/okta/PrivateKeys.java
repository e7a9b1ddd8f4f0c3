package io.typedclient.okta;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.KeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPrivateKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Reads the service app's private key: PEM (PKCS#8, {@code -----BEGIN PRIVATE KEY-----}, RSA or EC on P-256,
 * P-384 or P-521) or JWK JSON (what Okta's admin console generates, a single key or a set holding one). Every
 * refusal is an {@link OktaConfigurationException} that names where the key came from and what is wrong with
 * it, never a byte of it.
 */
final class PrivateKeys {
  /** Okta refuses shorter RSA keys. */
  static final int MIN_RSA_BITS = 2048;

  private PrivateKeys() {}

  /** A private key with the algorithm it signs with, and the key id a JWK carried (or {@code null}). */
  static final class Parsed {
    final PrivateKey key;
    final JwsAlgorithm algorithm;
    final @Nullable String keyId;

    Parsed(PrivateKey key, JwsAlgorithm algorithm, @Nullable String keyId) {
      this.key = key;
      this.algorithm = algorithm;
      this.keyId = keyId;
    }

    @Override
    public String toString() {
      return "PrivateKey{" + algorithm + (keyId == null ? "" : ", kid " + keyId) + "}";
    }
  }

  /** Whether {@code value} is key text (PEM or JSON) rather than a file path. */
  static boolean looksLikeKeyText(String value) {
    String text = value.trim();
    return text.startsWith("-----BEGIN") || text.startsWith("{");
  }

  /**
   * The key in {@code text}, PEM or JWK.
   *
   * @param source where the text came from, for messages ({@code "the file key.pem"}, {@code "okta.client.privateKey"})
   */
  static Parsed parse(String text, String source) {
    String trimmed = text.trim();
    if (trimmed.isEmpty()) {
      throw refuse(source, "is empty");
    }
    if (trimmed.startsWith("{")) {
      return parseJwk(trimmed, source);
    }
    if (trimmed.startsWith("-----BEGIN")) {
      return parsePem(trimmed, source);
    }
    throw refuse(source, "is neither a PEM private key (-----BEGIN PRIVATE KEY-----) nor a JWK (a JSON object)");
  }

  /** {@code key} checked for use with Okta, with its algorithm: RS256 for RSA unless {@code requested} says otherwise. */
  static Parsed check(PrivateKey key, @Nullable JwsAlgorithm requested, @Nullable String keyId, String source) {
    if (key instanceof RSAPrivateKey) {
      int bits = ((RSAPrivateKey) key).getModulus().bitLength();
      if (bits < MIN_RSA_BITS) {
        throw refuse(source, "is an RSA key of " + bits + " bits; Okta requires at least " + MIN_RSA_BITS);
      }
      JwsAlgorithm algorithm = requested == null ? JwsAlgorithm.RS256 : requested;
      if (algorithm.isEc()) {
        throw refuse(source, "is an RSA key but names the algorithm " + algorithm);
      }
      return new Parsed(key, algorithm, keyId);
    }
    if (key instanceof ECPrivateKey) {
      int fieldBits = ((ECPrivateKey) key).getParams().getCurve().getField().getFieldSize();
      JwsAlgorithm algorithm = JwsAlgorithm.forCurveBits(fieldBits);
      if (algorithm == null) {
        throw refuse(source, "is an EC key on a curve of " + fieldBits + " bits; Okta accepts P-256, P-384 and P-521");
      }
      if (requested != null && requested != algorithm) {
        throw refuse(source, "is an EC key on " + algorithm.curve() + ", which signs with " + algorithm + ", not "
            + requested);
      }
      return new Parsed(key, algorithm, keyId);
    }
    throw refuse(source, "is a " + key.getAlgorithm() + " key; Okta's private_key_jwt needs an RSA or EC key");
  }

  private static Parsed parsePem(String text, String source) {
    int headerEnd = text.indexOf("-----", "-----BEGIN".length());
    if (headerEnd < 0) {
      throw refuse(source, "has a broken PEM header");
    }
    String label = text.substring("-----BEGIN ".length(), headerEnd).trim();
    String footer = "-----END " + label + "-----";
    int footerAt = text.indexOf(footer);
    if (footerAt < 0) {
      throw refuse(source, "has no \"" + footer + "\" line: the PEM is cut short");
    }
    switch (label) {
      case "PRIVATE KEY":
        break;
      case "RSA PRIVATE KEY":
      case "EC PRIVATE KEY":
        throw refuse(source, "is a " + label + " (PKCS#1 or SEC 1); convert it to PKCS#8 with "
            + "'openssl pkcs8 -topk8 -nocrypt -in <file> -out <new file>'");
      case "ENCRYPTED PRIVATE KEY":
        throw refuse(source, "is encrypted; decrypt it to a PKCS#8 PEM with 'openssl pkcs8 -in <file> -out <new file>'");
      case "PUBLIC KEY":
      case "CERTIFICATE":
        throw refuse(source, "is a " + label.toLowerCase(java.util.Locale.ROOT) + ", not the private key; Okta keeps "
            + "the public key, the client needs the private one");
      default:
        throw refuse(source, "is a PEM \"" + label + "\", not a PKCS#8 private key (-----BEGIN PRIVATE KEY-----)");
    }
    byte[] der;
    try {
      // Strict: a MIME decoder would skip characters that do not belong, and read a damaged key as another.
      der = Base64.getDecoder().decode(text.substring(headerEnd + 5, footerAt).replaceAll("\\s+", ""));
    } catch (IllegalArgumentException e) {
      throw refuse(source, "is not valid base64 between its PEM lines");
    }
    PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
    PrivateKey key = generate("RSA", spec);
    if (key == null) {
      key = generate("EC", spec);
    }
    if (key == null) {
      throw refuse(source, "is not a PKCS#8 RSA or EC private key (the DER inside cannot be read as one)");
    }
    return check(key, null, null, source);
  }

  private static @Nullable PrivateKey generate(String algorithm, KeySpec spec) {
    try {
      return KeyFactory.getInstance(algorithm).generatePrivate(spec);
    } catch (GeneralSecurityException | RuntimeException e) {
      return null;
    }
  }

  private static Parsed parseJwk(String text, String source) {
    Map<String, String> members;
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(text))) {
      members = readJwk(reader, source);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw refuse(source, "has more after its JSON object");
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof OktaConfigurationException) {
        throw (OktaConfigurationException) e;
      }
      // Moshi's messages can quote the text: only the kind of failure is kept.
      throw refuse(source, "is not valid JSON (" + e.getClass().getSimpleName() + ")");
    }
    String kty = members.get("kty");
    String kid = members.get("kid");
    JwsAlgorithm requested = null;
    if (members.get("alg") != null) {
      requested = JwsAlgorithm.named(members.get("alg"));
      if (requested == null) {
        throw refuse(source, "names the algorithm \"" + members.get("alg") + "\"; Okta accepts RS256, RS384, RS512, "
            + "ES256, ES384 and ES512");
      }
    }
    if (kty == null) {
      throw refuse(source, "is a JSON object without \"kty\": not a JWK");
    }
    if (!kty.equals("RSA") && !kty.equals("EC")) {
      throw refuse(source, "is a JWK of type \"" + kty + "\"; Okta's private_key_jwt needs an RSA or EC private key");
    }
    if (members.get("d") == null) {
      throw refuse(source, "is a public JWK (it has no \"d\"); use the private key, as Okta's admin console offers "
          + "it when it generates the key pair");
    }
    try {
      KeySpec spec = kty.equals("RSA") ? rsaSpec(members, source) : ecSpec(members, source);
      PrivateKey key = KeyFactory.getInstance(kty).generatePrivate(spec);
      return check(key, requested, kid, source);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw refuse(source, "is a " + kty + " JWK whose values do not make a valid key");
    }
  }

  private static Map<String, String> readJwk(JsonReader reader, String source) throws IOException {
    if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
      throw refuse(source, "is not a JSON object");
    }
    Map<String, String> members = new HashMap<>();
    Map<String, String> onlyKey = null;
    int keys = 0;
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      if (name.equals("keys") && reader.peek() == JsonReader.Token.BEGIN_ARRAY) {
        reader.beginArray();
        while (reader.hasNext()) {
          keys++;
          onlyKey = readJwk(reader, source);
        }
        reader.endArray();
      } else if (reader.peek() == JsonReader.Token.STRING) {
        members.put(name, reader.nextString());
      } else {
        reader.skipValue();
      }
    }
    reader.endObject();
    if (keys > 1) {
      throw refuse(source, "is a JWK set of " + keys + " keys; give the one private key the service app uses");
    }
    return keys == 1 && onlyKey != null ? onlyKey : members;
  }

  private static KeySpec rsaSpec(Map<String, String> jwk, String source) {
    BigInteger n = integer(jwk, "n", source);
    BigInteger d = integer(jwk, "d", source);
    if (jwk.get("p") != null && jwk.get("q") != null && jwk.get("dp") != null && jwk.get("dq") != null
        && jwk.get("qi") != null) {
      return new RSAPrivateCrtKeySpec(n, integer(jwk, "e", source), d, integer(jwk, "p", source),
          integer(jwk, "q", source), integer(jwk, "dp", source), integer(jwk, "dq", source), integer(jwk, "qi", source));
    }
    return new RSAPrivateKeySpec(n, d);
  }

  private static KeySpec ecSpec(Map<String, String> jwk, String source) throws GeneralSecurityException {
    String crv = jwk.get("crv");
    String name;
    if ("P-256".equals(crv)) {
      name = "secp256r1";
    } else if ("P-384".equals(crv)) {
      name = "secp384r1";
    } else if ("P-521".equals(crv)) {
      name = "secp521r1";
    } else {
      throw refuse(source, "is an EC JWK on curve \"" + crv + "\"; Okta accepts P-256, P-384 and P-521");
    }
    AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
    parameters.init(new ECGenParameterSpec(name));
    return new ECPrivateKeySpec(integer(jwk, "d", source), parameters.getParameterSpec(ECParameterSpec.class));
  }

  private static BigInteger integer(Map<String, String> jwk, String member, String source) {
    String value = jwk.get(member);
    if (value == null) {
      throw refuse(source, "is a JWK without \"" + member + "\"");
    }
    try {
      return new BigInteger(1, Base64Url.decode(value));
    } catch (IllegalArgumentException e) {
      throw refuse(source, "has a \"" + member + "\" that is not base64url");
    }
  }

  static OktaConfigurationException refuse(String source, String what) {
    return new OktaConfigurationException("the private key from " + source + " " + what);
  }
}
