package io.fieldback.followup;

import io.fieldback.followup.internal.*;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FollowUpEscalation", description = "A problem raised on a follow-up call: a complaint draft for the product line's handlers")
public record EscalationView(UUID id, UUID followUpId, UUID customerId, UUID visitId, UUID equipmentId,
        String productLine, ComplaintCategory category,
        @Schema(description = "a first guess; the complaint intake confirms it") Severity severity,
        String summary, Instant createdAt) {

    public static EscalationView of(Escalation e) {
        return new EscalationView(e.id, e.followUpId, e.customerId, e.visitId, e.equipmentId, e.productLine, e.category,
                e.severity, e.summary, e.createdAt);
    }
}
