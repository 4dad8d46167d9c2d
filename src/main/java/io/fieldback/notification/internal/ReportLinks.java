package io.fieldback.notification.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.common.ApiException;
import io.fieldback.common.TimeSource;

/**
 * Links to a snapshot's page that open in a browser without a bearer token: the snapshot id and an expiry,
 * signed with HMAC-SHA256. Only the page of that snapshot opens, and only until the expiry.
 */
@ApplicationScoped
public class ReportLinks {

    private final NotificationConfig config;
    private final TimeSource time;

    ReportLinks(NotificationConfig config, TimeSource time) {
        this.config = config;
        this.time = time;
    }

    boolean configured() {
        return config.weekly().linkSecret().filter(s -> !s.isBlank()).isPresent();
    }

    String link(UUID snapshotId) {
        long expires = time.now().plus(config.weekly().linkValidity()).getEpochSecond();
        return config.weekly().linkBaseUrl() + "/api/v1/report-snapshots/" + snapshotId + "/page?expires=" + expires
                + "&signature=" + sign(snapshotId, expires);
    }

    void verify(UUID snapshotId, Long expires, String signature) {
        if (!configured() || expires == null || signature == null) {
            throw unauthorized("open the page from the link in the report e-mail");
        }
        byte[] expected = sign(snapshotId, expires).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8))) {
            throw unauthorized("this link is not valid");
        }
        if (time.now().isAfter(Instant.ofEpochSecond(expires))) {
            throw unauthorized("this link has expired; ask for the report again");
        }
    }

    private String sign(UUID snapshotId, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(config.weekly().linkSecret().orElse("").getBytes(StandardCharsets.UTF_8),
                    "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal((snapshotId + "." + expires).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiException unauthorized(String detail) {
        return new ApiException(401, "unauthorized", "Unauthorized", detail, null);
    }
}
