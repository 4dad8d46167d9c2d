package io.fieldback.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "NotificationTopic", description = "How the events of one topic become messages")
public record TopicView(UUID id, String topic,
        @Schema(description = "payload fields templates may use as placeholders (besides contactName)") List<String> fields,
        @Schema(description = "fallback order: the first channel the contact can be reached on is used") List<Channel> channels,
        @Schema(description = "urgent messages ignore quiet hours and the frequency cap") boolean urgent,
        @Schema(description = "courtesy messages are suppressed in the days before the customer's follow-up call") boolean courtesy,
        @Schema(description = "a message not sent within this time expires") Duration expiresAfter,
        @Schema(description = "payload field naming what the message is about (e.g. visitId)") String subjectField,
        @Schema(description = "topics whose event for the same subject makes pending messages pointless") List<String> expiredBy,
        @Schema(description = "one message per subject, to the customer's preferred contact, however many events name it (a campaign item)") boolean oncePerSubject,
        long version, Instant createdAt, Instant updatedAt) implements Versioned {
}
