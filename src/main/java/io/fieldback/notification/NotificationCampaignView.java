package io.fieldback.notification;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;
import io.fieldback.customer.Importance;
import io.fieldback.customer.Relationship;

@Schema(name = "NotificationCampaign", description = "Greetings (a holiday) to a customer segment, sent within a window at a rate")
public record NotificationCampaignView(UUID id, String name, String topic,
        @Schema(description = "the values of the topic's fields, the same for every customer") Map<String, String> payload,
        Segment segment,
        @Schema(description = "no message goes out before this instant") Instant sendFrom,
        @Schema(description = "a message not sent by then expires") Instant sendUntil,
        @Schema(description = "messages are spaced so that no more than this many are due per minute") int ratePerMinute,
        @Schema(description = "messages made: one per customer of the segment with an active contact (the preferred one)") int messages,
        @Schema(description = "the messages by state, now") Map<NotificationStatus, Long> byStatus,
        long version, Instant createdAt, Instant updatedAt) implements Versioned {

    /** Which customers: every filter given must match; none given is the whole network. */
    @Schema(name = "CustomerSegment")
    public record Segment(UUID dealerId, String region, String province, Importance importance,
            Relationship relationship) {
    }
}
