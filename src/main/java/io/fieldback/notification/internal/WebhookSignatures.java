package io.fieldback.notification.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.TimeSource;
import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Provider webhooks carry {@code X-Signature-Timestamp} (epoch seconds) and {@code X-Signature}:
 * base64(HMAC-SHA256(secret, timestamp + "\n" + body)). A missing or wrong signature, a timestamp outside
 * the tolerance, or a signature seen before (a replay) is a 401 and nothing is changed.
 */
@ApplicationScoped
public class WebhookSignatures {

    private final NotificationConfig config;
    private final TimeSource time;

    WebhookSignatures(NotificationConfig config, TimeSource time) {
        this.config = config;
        this.time = time;
    }

    /** Must run in the transaction that applies the webhook, so a refused change also frees the signature. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void verify(String timestamp, String signature, String body) {
        String secret = config.webhook().secret().orElse("");
        if (secret.isEmpty() || timestamp == null || signature == null || !timestamp.matches("[0-9]{1,12}")) {
            throw unauthorized("a signed request is expected (X-Signature-Timestamp, X-Signature)");
        }
        Instant at = Instant.ofEpochSecond(Long.parseLong(timestamp));
        if (Duration.between(at, time.now()).abs().compareTo(config.webhook().tolerance()) > 0) {
            throw unauthorized("the signature's timestamp is too far from now");
        }
        byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, signature.trim().getBytes(StandardCharsets.UTF_8))) {
            throw unauthorized("bad signature");
        }
        int fresh = Panache.getEntityManager().createNativeQuery("INSERT IGNORE INTO notification_webhook_replays "
                + "(signature, seen_at) VALUES (?1, ?2)").setParameter(1, signature.trim())
                .setParameter(2, time.now()).executeUpdate();
        if (fresh == 0) {
            throw unauthorized("this request was received before (replay)");
        }
    }

    public static String sign(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(
                    mac.doFinal((timestamp + "\n" + body).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiException unauthorized(String detail) {
        return new ApiException(401, "unauthorized", "Unauthorized", detail, null);
    }
}
