package io.fieldback.notification;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "Notification", description = "One message to one contact about one event")
public record NotificationView(UUID id, UUID eventId, String topic, UUID customerId, UUID contactId,
        NotificationStatus status,
        @Schema(description = "why it is deferred, suppressed, expired or failed") String reason,
        Channel channel, Integer templateVersion, String body,
        @Schema(description = "not sent before this instant") Instant notBefore, Instant expiresAt, int attempts,
        String providerMessageId, Instant sentAt, Instant deliveredAt,
        long version, Instant createdAt, Instant updatedAt) implements Versioned {
}
