package io.fieldback.visit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import io.fieldback.common.ApiException;

/** A position in the delta feed: the (updatedAt, id) of the last visit seen. Opaque to clients. */
record FeedCursor(Instant updatedAt, UUID id) {

    String encode() {
        String raw = updatedAt.getEpochSecond() + "." + updatedAt.getNano() + "/" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    static FeedCursor decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            int slash = raw.indexOf('/');
            String[] time = raw.substring(0, slash).split("\\.");
            return new FeedCursor(Instant.ofEpochSecond(Long.parseLong(time[0]), Long.parseLong(time[1])),
                    UUID.fromString(raw.substring(slash + 1)));
        } catch (RuntimeException e) {
            throw ApiException.badRequest("cursor", "not a cursor this API issued");
        }
    }
}
