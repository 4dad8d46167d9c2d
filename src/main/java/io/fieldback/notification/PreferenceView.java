package io.fieldback.notification;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "NotificationPreference")
public record PreferenceView(UUID id, UUID contactId, Channel channel,
        @Schema(description = "a topic, or * for every topic of the channel") String topic, boolean optedOut,
        @Schema(description = "API or REPLY (an inbound STOP)") String source,
        long version, Instant createdAt, Instant updatedAt) implements Versioned {
}
