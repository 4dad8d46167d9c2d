package io.fieldback.notification;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "NotificationContact", description = "A contact's messaging profile")
public record ContactProfileView(UUID id, UUID customerId,
        @Schema(description = "IANA zone for quiet hours; absent = the default zone") String timeZone,
        @Schema(description = "BCP 47 locale of the templates; absent = the default locale") String locale,
        @Schema(description = "when a provider reported the phone number as bad (SMS is no longer tried)") Instant badNumberAt,
        long version, Instant createdAt, Instant updatedAt) implements Versioned {
}
