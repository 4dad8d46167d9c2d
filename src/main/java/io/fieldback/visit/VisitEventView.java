package io.fieldback.visit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.visit.internal.VisitEvent;

@Schema(name = "VisitEvent")
public record VisitEventView(UUID id, UUID visitId, VisitEventType type, Instant occurredAt, Instant receivedAt,
        String author, String note, Outcome outcome, String partNumber, BigDecimal quantity, Billing billing,
        UUID attachmentId, List<UUID> technicianIds) {

    static VisitEventView of(VisitEvent e) {
        return new VisitEventView(e.id, e.visitId, e.type, e.occurredAt, e.receivedAt, e.author, e.note, e.outcome,
                e.partNumber, e.quantity, e.billing, e.attachmentId,
                e.technicianIds == null ? null : List.copyOf(e.technicians()));
    }
}
