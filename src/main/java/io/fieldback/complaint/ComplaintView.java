package io.fieldback.complaint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;
import io.fieldback.privacy.PersonalData;

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

        static Clock of(ComplaintClock k, Instant now) {
            return new Clock(k.kind, k.dueAt, k.stoppedAt, k.status(now), k.breachedAt);
        }

        static List<Clock> of(List<ComplaintClock> clocks, Instant now) {
            return clocks.stream().sorted(Comparator.comparing((ComplaintClock k) -> k.kind))
                    .map(k -> of(k, now)).toList();
        }
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

    /**
     * {@code internal}: the caller may see supervisors' contacts (handlers, admins); {@code clear}: the
     * caller may see the customer contact's name and phone (see io.fieldback.privacy.PersonalData).
     */
    static ComplaintView of(Complaint c, List<ComplaintClock> clocks, List<ComplaintEscalation> escalations,
            List<ComplaintStep> steps, boolean internal, boolean clear, Instant now) {
        Investigation investigation = c.investigationAt == null ? null
                : new Investigation(c.rootCause, c.faultOrigin, c.supplierName,
                        countermeasure(c.temporaryAction, c.temporaryOwner, c.temporaryDue),
                        countermeasure(c.permanentAction, c.permanentOwner, c.permanentDue),
                        c.investigationBy, c.investigationAt, c.investigationEnteredAt);
        Compensation compensation = c.compensationAmount == null ? null
                : new Compensation(amount(c.compensationAmount, c.compensationCurrency), c.compensationCurrency,
                        c.compensationReason, c.compensationApprovedBy, c.compensationApproverRole,
                        c.compensationApprovedAt);
        SecondSatisfaction second = c.firstClosedAt == null ? null
                : new SecondSatisfaction(c.secondAt == null ? "PENDING" : "RECORDED", c.secondSatisfied,
                        c.secondNote, c.secondCallId, c.secondBy, c.secondAt);
        return new ComplaintView(c.id, c.customerId, c.visitId, c.equipmentId, c.channel, c.category, c.severity,
                c.description, c.receivedAt, c.status, c.status.next().stream().sorted().toList(), c.duplicateOf,
                PersonalData.name(c.contactName, clear), PersonalData.phone(c.contactPhone, clear), c.sourceReference,
                c.followUpEscalationId, c.departmentCode, investigation, compensation, Clock.of(clocks, now),
                escalations.stream().map(e -> new Escalation(e.kind, e.dueAt, e.departmentCode, e.supervisorName,
                        internal ? e.supervisorContact : null, e.escalatedAt)).toList(),
                steps.stream().map(s -> new Step(s.fromStatus, s.toStatus, s.note, s.actor, s.at, s.enteredAt)).toList(),
                c.recurrenceCount, c.remedyDoneAt, c.closedAt, second, c.createdBy, c.version, c.createdAt,
                c.updatedAt);
    }

    /** The amount with the currency's number of minor digits, e.g. 1500.00 CNY, 1500 JPY. */
    static String amount(BigDecimal amount, String currency) {
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        return amount.setScale(digits, RoundingMode.UNNECESSARY).toPlainString();
    }

    private static Countermeasure countermeasure(String action, String owner, LocalDate due) {
        return action == null ? null : new Countermeasure(action, owner, due);
    }

    /** Clocks of many complaints, grouped by complaint. */
    static Map<UUID, List<ComplaintClock>> byComplaint(List<ComplaintClock> clocks) {
        return clocks.stream().collect(Collectors.groupingBy(k -> k.complaintId, Collectors.toList()));
    }
}
