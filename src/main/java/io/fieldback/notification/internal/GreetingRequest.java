package io.fieldback.notification.internal;

import java.time.Instant;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.notification.NotificationCampaignView.Segment;

/** A greeting campaign as asked; the send window is checked in the service, so its absence gets its own message. */
@Schema(name = "NotificationCampaignRequest", example = "{\"name\": \"春节问候 2027\", \"topic\": \"greeting.spring-festival\", "
        + "\"payload\": {\"holiday\": \"春节\"}, \"segment\": {\"region\": \"EAST\"}, \"sendFrom\": \"2027-02-05T01:00:00Z\", "
        + "\"sendUntil\": \"2027-02-05T10:00:00Z\", \"ratePerMinute\": 600}")
record GreetingRequest(
        @NotNull @Size(min = 1, max = 100) String name,
        @NotNull @Pattern(regexp = TopicRequests.TOPIC_PATTERN) String topic,
        @Size(max = 20) Map<@Pattern(regexp = TopicRequests.NAME_PATTERN) String, @NotNull @Size(max = 200) String> payload,
        Segment segment,
        @Schema(description = "required: no message before it") Instant sendFrom,
        @Schema(description = "required: a message not sent by then expires") Instant sendUntil,
        @NotNull @Min(1) @Max(100_000) Integer ratePerMinute) {

    Map<String, String> values() {
        return payload == null ? Map.of() : payload;
    }

    Segment segmentOrAll() {
        return segment == null ? new Segment(null, null, null, null, null) : segment;
    }
}
