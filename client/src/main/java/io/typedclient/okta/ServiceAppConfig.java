package io.typedclient.okta;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The OAuth 2.0 settings given to {@link OktaSessions.Builder}, and their resolution with Okta's configuration
 * conventions: each setting from the builder, else its system property, else its environment variable. Not
 * thread-safe (a builder's part); {@link #resolve} makes the immutable {@link ServiceApp}.
 */
final class ServiceAppConfig {
  @Nullable String clientId;
  @Nullable String keyText;
  @Nullable Path keyPath;
  @Nullable PrivateKey key;
  @Nullable String keyId;
  @Nullable List<String> scopes;
  @Nullable Boolean dpop;
  @Nullable KeyPair dpopKeyPair;

  /** Whether the builder was given any OAuth 2.0 setting. */
  boolean isGiven() {
    return clientId != null || keyText != null || keyPath != null || key != null || keyId != null || scopes != null
        || dpop != null || dpopKeyPair != null;
  }

  /** Whether the system properties or environment hold a client id (to explain a missing authorization mode). */
  static boolean clientIdConfigured(Function<String, @Nullable String> properties, Function<String, @Nullable String> environment) {
    return ConfigSources.read(properties, OktaSessions.CLIENT_ID_PROPERTY) != null
        || ConfigSources.read(environment, OktaSessions.CLIENT_ID_VARIABLE) != null;
  }

  ServiceApp resolve(URI orgUrl, Function<String, @Nullable String> properties, Function<String, @Nullable String> environment) {
    ConfigSources settings = new ConfigSources(properties, environment);
    String id = clientId != null ? clientId.trim() : settings.get(OktaSessions.CLIENT_ID_PROPERTY, OktaSessions.CLIENT_ID_VARIABLE);
    if (id == null || id.isEmpty()) {
      throw new OktaConfigurationException("no OAuth 2.0 client id configured: call clientId(\"0oa...\") on the builder, "
          + "or set the system property " + OktaSessions.CLIENT_ID_PROPERTY + " or the environment variable "
          + OktaSessions.CLIENT_ID_VARIABLE + " (the service app's Client ID in Okta's admin console)");
    }
    PrivateKeys.Parsed parsed = privateKey(settings);
    String kid = keyId != null ? keyId.trim() : settings.get(OktaSessions.KEY_ID_PROPERTY, OktaSessions.KEY_ID_VARIABLE);
    if (kid == null) {
      kid = parsed.keyId;
    }
    List<String> requested = scopes != null ? scopes : scopes(settings);
    DpopMode mode = dpopMode(settings);
    SecureRandom random = new SecureRandom();
    JwsSigner dpopSigner = null;
    String dpopJwk = null;
    if (mode != DpopMode.OFF) {
      KeyPair pair = dpopKeyPair != null ? dpopKeyPair : generateDpopKeyPair(random);
      if (sameKey(pair.getPrivate(), parsed.key)) {
        throw new OktaConfigurationException("the DPoP key pair is the service app's own key; DPoP needs a key pair of "
            + "its own (Okta's DPoP guide requires it): pass another to dpopKeyPair(...), or none to have one generated");
      }
      PrivateKeys.Parsed dpopKey = PrivateKeys.check(pair.getPrivate(), null, null, "dpopKeyPair(...)");
      dpopSigner = new JwsSigner(dpopKey.key, dpopKey.algorithm);
      try {
        dpopJwk = Jwks.publicJwk(pair.getPublic());
      } catch (IllegalArgumentException e) {
        throw new OktaConfigurationException("the public key of dpopKeyPair(...) cannot be used: " + e.getMessage());
      }
    }
    return new ServiceApp(orgUrl, id, new JwsSigner(parsed.key, parsed.algorithm), kid, requested, mode, dpopSigner,
        dpopJwk, random);
  }

  private PrivateKeys.Parsed privateKey(ConfigSources settings) {
    if (key != null) {
      return PrivateKeys.check(key, null, null, "privateKey(PrivateKey)");
    }
    if (keyPath != null) {
      return read(keyPath, "privateKey(Path)");
    }
    if (keyText != null) {
      return PrivateKeys.parse(keyText, "privateKey(String)");
    }
    String property = ConfigSources.read(settings.properties, OktaSessions.PRIVATE_KEY_PROPERTY);
    String source = "the system property " + OktaSessions.PRIVATE_KEY_PROPERTY;
    String value = property;
    if (value == null) {
      value = ConfigSources.read(settings.environment, OktaSessions.PRIVATE_KEY_VARIABLE);
      source = "the environment variable " + OktaSessions.PRIVATE_KEY_VARIABLE;
    }
    if (value == null) {
      throw new OktaConfigurationException("no private key configured for the OAuth 2.0 service app: call "
          + "privateKey(...) on the builder, or set the system property " + OktaSessions.PRIVATE_KEY_PROPERTY
          + " or the environment variable " + OktaSessions.PRIVATE_KEY_VARIABLE + " to the PEM or JWK, or to the "
          + "path of a file holding it");
    }
    if (PrivateKeys.looksLikeKeyText(value)) {
      return PrivateKeys.parse(value, source);
    }
    Path path;
    try {
      path = Paths.get(value);
    } catch (RuntimeException e) {
      throw new OktaConfigurationException(source + " is neither a PEM, a JWK, nor a file path");
    }
    return read(path, source);
  }

  private static PrivateKeys.Parsed read(Path path, String source) {
    String where = "the file " + path + " (" + source + ")";
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException | RuntimeException e) {
      throw new OktaConfigurationException("the private key file " + path + " (" + source + ") cannot be read: "
          + e.getClass().getSimpleName());
    }
    return PrivateKeys.parse(new String(bytes, StandardCharsets.UTF_8), where);
  }

  private static List<String> scopes(ConfigSources settings) {
    String value = settings.get(OktaSessions.SCOPES_PROPERTY, OktaSessions.SCOPES_VARIABLE);
    if (value == null) {
      return OktaOperations.DEFAULT_SCOPES;
    }
    List<String> list = new ArrayList<>();
    for (String scope : value.split("[\\s,]+")) {
      if (!scope.isEmpty()) {
        list.add(scope);
      }
    }
    return list.isEmpty() ? OktaOperations.DEFAULT_SCOPES : list;
  }

  private DpopMode dpopMode(ConfigSources settings) {
    if (dpop != null) {
      return dpop ? DpopMode.ON : DpopMode.OFF;
    }
    String value = settings.get(OktaSessions.DPOP_PROPERTY, OktaSessions.DPOP_VARIABLE);
    if (value == null || value.equalsIgnoreCase("auto")) {
      return DpopMode.AUTO;
    }
    switch (value.toLowerCase(Locale.ROOT)) {
      case "true":
        return DpopMode.ON;
      case "false":
        return DpopMode.OFF;
      default:
        throw new OktaConfigurationException(OktaSessions.DPOP_PROPERTY + " / " + OktaSessions.DPOP_VARIABLE
            + " must be true, false or auto, not \"" + value + "\"");
    }
  }

  private static KeyPair generateDpopKeyPair(SecureRandom random) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"), random);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not generate a P-256 key pair for DPoP", e);
    }
  }

  private static boolean sameKey(PrivateKey a, PrivateKey b) {
    if (a instanceof RSAPrivateKey && b instanceof RSAPrivateKey) {
      return ((RSAPrivateKey) a).getModulus().equals(((RSAPrivateKey) b).getModulus());
    }
    if (a instanceof ECPrivateKey && b instanceof ECPrivateKey) {
      return ((ECPrivateKey) a).getS().equals(((ECPrivateKey) b).getS());
    }
    return a.equals(b) || (a.getEncoded() != null && Arrays.equals(a.getEncoded(), b.getEncoded()));
  }

  /** Reads a setting from its system property, then its environment variable. */
  @Override
  public String toString() {
    return "ServiceAppConfig{clientId=" + clientId + ", keyId=" + keyId + ", scopes=" + scopes + ", dpop=" + dpop + "}";
  }
}
