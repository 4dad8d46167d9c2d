package io.fieldback.security.internal;

import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start a production instance that could not verify tokens: without a key to check their
 * signature, every protected endpoint would fail, and a misconfigured deployment should stop at once
 * with a clear message rather than serve 401s.
 */
@Singleton
class ProductionGuard {

    void check(@Observes StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        var config = ConfigProvider.getConfig();
        Optional<String> keyLocation = config.getOptionalValue("mp.jwt.verify.publickey.location", String.class);
        Optional<String> key = config.getOptionalValue("mp.jwt.verify.publickey", String.class);
        if (keyLocation.isEmpty() && key.isEmpty()) {
            throw new IllegalStateException("fieldback will not start without a token verification key: set "
                    + "MP_JWT_VERIFY_PUBLICKEY_LOCATION (a PEM file or your identity provider's JWKS URL) and "
                    + "MP_JWT_VERIFY_ISSUER");
        }
        if (keyLocation.map(ProductionGuard::isBundledDevKey).orElse(false)
                && !"true".equals(System.getenv("FIELDBACK_ALLOW_DEV_KEYS"))) {
            throw new IllegalStateException("the token verification key is the bundled development key, whose "
                    + "private half is public: anyone could sign tokens. Configure your identity provider's key "
                    + "(or set FIELDBACK_ALLOW_DEV_KEYS=true on a machine that is only for trying things out)");
        }
    }

    private static boolean isBundledDevKey(String location) {
        try (var bundled = ProductionGuard.class.getClassLoader().getResourceAsStream("dev/publicKey.pem")) {
            if (bundled == null) {
                return false;
            }
            String devKey = new String(bundled.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).trim();
            if (location.startsWith("dev/") || location.equals("classpath:dev/publicKey.pem")) {
                return true;
            }
            java.nio.file.Path file = java.nio.file.Path.of(location.replaceFirst("^file:", ""));
            return java.nio.file.Files.isRegularFile(file)
                    && java.nio.file.Files.readString(file).trim().equals(devKey);
        } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
            return false;
        }
    }
}
