package io.fieldback.notification;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "NotificationTemplate", description = "One version of a message text (Qute syntax) for a topic, channel and locale")
public record TemplateView(UUID id, String topic, Channel channel, String locale,
        @Schema(description = "1 for the first text of a topic, channel and locale; each new text adds one") int templateVersion,
        String subject, String body,
        @Schema(description = "the provider's approved template (SMS, WeChat)") String providerTemplateId,
        long version, Instant createdAt, Instant updatedAt) implements Versioned {
}
