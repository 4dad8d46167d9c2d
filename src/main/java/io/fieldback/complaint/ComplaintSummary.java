package io.fieldback.complaint;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A complaint as lists show it: what it is, where it stands and its deadlines. */
@Schema(name = "ComplaintSummary")
public record ComplaintSummary(UUID id, UUID customerId, UUID visitId, Channel channel, Category category,
        Severity severity, ComplaintStatus status, Instant receivedAt, UUID duplicateOf, String departmentCode,
        @Schema(description = "a deadline is running past its due time") boolean overdue,
        List<ComplaintView.Clock> clocks, long version) {
}
