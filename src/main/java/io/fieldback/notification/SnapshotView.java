package io.fieldback.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "ReportSnapshot", description = "A week's report frozen as it was e-mailed; its figures never change")
public record SnapshotView(UUID id, String week,
        @Schema(description = "absent: the whole network; else the dealer whose stations it covers") UUID dealerId,
        LocalDate from, LocalDate to, Instant frozenAt,
        @Schema(description = "e-mails sent with it") long deliveries,
        long version, Instant createdAt, Instant updatedAt) implements Versioned {
}
