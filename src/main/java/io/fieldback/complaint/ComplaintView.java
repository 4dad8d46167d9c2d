package io.fieldback.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "Complaint")
public record ComplaintView(UUID id, UUID customerId, UUID visitId, UUID equipmentId, Channel channel,
        Category category, Severity severity, String description, Instant receivedAt, ComplaintStatus status,
        @Schema(description = "the statuses this complaint may move to now") List<ComplaintStatus> allowedTransitions,
        @Schema(description = "the earlier complaint this one repeats") UUID duplicateOf,
        @Schema(description = "in clear for handlers, admins and the customer's own dealer; masked (first character) for others",
                example = "张*") String contactName,
        @Schema(description = "in clear for handlers, admins and the customer's own dealer; masked for others",
                example = "+86138****5678") String contactPhone,
        String sourceReference,
        @Schema(description = "the follow-up escalation this complaint was taken up from (channel FOLLOW_UP)")
        UUID followUpEscalationId,
        String departmentCode, Investigation investigation, Compensation compensation,
        @Schema(description = "every deadline: first contact, reply, corrective report") List<Clock> clocks,
        @Schema(description = "missed deadlines reported to a supervisor") List<Escalation> escalations,
        @Schema(description = "every workflow step, oldest first") List<Step> history,
        int recurrenceCount, Instant remedyDoneAt, Instant closedAt,
        @Schema(description = "present once the complaint has been closed") SecondSatisfaction secondSatisfaction,
        String createdBy, long version, Instant createdAt, Instant updatedAt) implements Versioned {

    @Schema(name = "ComplaintInvestigation")
    public record Investigation(String rootCause, FaultOrigin faultOrigin, String supplierName,
            Countermeasure temporaryCountermeasure, Countermeasure permanentCountermeasure, String recordedBy,
            @Schema(description = "when the investigation was made (its occurredAt)") Instant recordedAt,
            @Schema(description = "when it was entered") Instant enteredAt) {
    }

    @Schema(name = "ComplaintCountermeasure")
    public record Countermeasure(String action, String owner, LocalDate dueDate) {
    }

    @Schema(name = "ComplaintCompensation")
    public record Compensation(@Schema(description = "decimal string") String amount, String currency,
            String reason, String approvedBy, String approverRole, Instant approvedAt) {
    }

    @Schema(name = "ComplaintClock")
    public record Clock(ClockKind clock, Instant dueAt, Instant stoppedAt, ClockStatus status,
            @Schema(description = "when the escalation job reported the breach") Instant escalatedAt) {
    }

    @Schema(name = "ComplaintEscalation")
    public record Escalation(ClockKind clock, Instant dueAt, String departmentCode, String supervisorName,
            @Schema(description = "only for handlers and admins") String supervisorContact, Instant escalatedAt) {
    }

    @Schema(name = "ComplaintStep")
    public record Step(ComplaintStatus from, ComplaintStatus to, String note,
            @Schema(description = "who entered the step") String by,
            @Schema(description = "when the step happened (its occurredAt)") Instant at,
            @Schema(description = "when it was entered") Instant enteredAt) {
    }

    @Schema(name = "ComplaintSecondSatisfaction")
    public record SecondSatisfaction(
            @Schema(description = "PENDING until the second-satisfaction call's answer is recorded") String state,
            Boolean satisfied, String note, UUID callId, String recordedBy, Instant recordedAt) {
    }
}
