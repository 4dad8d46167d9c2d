package io.fieldback.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Key format {@code fbk_<keyId>_<secret>}: the key id finds the row, the secret is compared by hash.
 * Secrets are 256 random bits, so a fast hash is enough (no password stretching needed).
 */
final class ApiKeySecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "fbk_";

    private ApiKeySecrets() {
    }

    record Parts(String keyId, String secret) {
    }

    static Parts generate() {
        return new Parts(random(6), random(32));
    }

    static String format(Parts parts) {
        return PREFIX + parts.keyId() + "_" + parts.secret();
    }

    static Parts parse(String key) {
        if (!key.startsWith(PREFIX)) {
            return null;
        }
        String rest = key.substring(PREFIX.length());
        int separator = rest.indexOf('_');
        if (separator <= 0 || separator == rest.length() - 1) {
            return null;
        }
        return new Parts(rest.substring(0, separator), rest.substring(separator + 1));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean matches(String secret, String expectedHash) {
        return MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.US_ASCII),
                expectedHash.getBytes(StandardCharsets.US_ASCII));
    }

    private static String random(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return HexFormat.of().formatHex(buffer);
    }
}
