package io.fieldback.notification;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NotificationFigures", description = "Messages made in [from, to): sent, delivered, failed and cost, with the opt-out rate")
public record NotificationFigures(Instant from, Instant to, String currency,
        @Schema(description = "per channel and topic") List<Row> rows,
        @Schema(description = "per channel") List<Row> channels,
        @Schema(description = "contacts with an identity on some channel") long reachableContacts,
        @Schema(description = "of those, contacts opted out of at least one channel or topic") long optedOutContacts,
        @Schema(description = "optedOutContacts / reachableContacts, 4 decimals; 0 when none") BigDecimal optOutRate) {

    public record Row(Channel channel, @Schema(description = "absent on the per-channel totals") String topic,
            @Schema(description = "handed to the provider (SENT, DELIVERED, or FAILED after sending)") long sent,
            long delivered, long failed, @Schema(description = "sent x the channel's price") BigDecimal cost) {
    }
}
