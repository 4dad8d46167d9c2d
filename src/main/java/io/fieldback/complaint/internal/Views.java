package io.fieldback.complaint.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

import io.fieldback.clock.ClockView;
import io.fieldback.clock.DeadlineRule;
import io.fieldback.complaint.ClockKind;
import io.fieldback.complaint.ClockStatus;
import io.fieldback.complaint.ComplaintSummary;
import io.fieldback.complaint.ComplaintView;
import io.fieldback.complaint.ComplaintView.Clock;
import io.fieldback.complaint.ComplaintView.Compensation;
import io.fieldback.complaint.ComplaintView.Countermeasure;
import io.fieldback.complaint.ComplaintView.Escalation;
import io.fieldback.complaint.ComplaintView.Investigation;
import io.fieldback.complaint.ComplaintView.SecondSatisfaction;
import io.fieldback.complaint.ComplaintView.Step;
import io.fieldback.complaint.DepartmentView;
import io.fieldback.privacy.PersonalData;

/** The complaint feature's views, from its entities. */
final class Views {

    private Views() {
    }

    /**
     * {@code internal}: the caller may see supervisors' contacts (handlers, admins); {@code clear}: the
     * caller may see the customer contact's name and phone (see io.fieldback.privacy.PersonalData).
     */
    static ComplaintView complaint(Complaint c, List<ClockView> clocks, List<ComplaintEscalation> escalations,
            List<ComplaintStep> steps, boolean internal, boolean clear, Instant now) {
        return new ComplaintView(c.id, c.customerId, c.visitId, c.equipmentId, c.channel, c.category, c.severity,
                c.description, c.receivedAt, c.status, c.status.next().stream().sorted().toList(), c.duplicateOf,
                PersonalData.name(c.contactName, clear), PersonalData.phone(c.contactPhone, clear), c.sourceReference,
                c.followUpEscalationId, c.departmentCode, investigation(c), compensation(c), clocks(clocks, now),
                escalations.stream().map(e -> new Escalation(e.kind, e.dueAt, e.departmentCode, e.supervisorName,
                        internal ? e.supervisorContact : null, e.escalatedAt)).toList(),
                steps.stream().map(s -> new Step(s.fromStatus, s.toStatus, s.note, s.actor, s.at, s.enteredAt)).toList(),
                c.recurrenceCount, c.remedyDoneAt, c.closedAt, secondSatisfaction(c), c.createdBy, c.version,
                c.createdAt, c.updatedAt);
    }

    static ComplaintSummary summary(Complaint c, List<ClockView> clocks, Instant now) {
        return new ComplaintSummary(c.id, c.customerId, c.visitId, c.channel, c.category, c.severity, c.status,
                c.receivedAt, c.duplicateOf, c.departmentCode,
                clocks.stream().anyMatch(k -> DeadlineRule.overdue(k.dueAt(), k.stoppedAt(), now)),
                clocks(clocks, now), c.version);
    }

    static DepartmentView department(Department d) {
        return new DepartmentView(d.id, d.code, d.name, d.supervisorName, d.supervisorContact, d.active, d.version,
                d.createdAt, d.updatedAt);
    }

    /** The clock module's clocks as the complaint shows them, in the order of {@link ClockKind}, at {@code now}. */
    static List<Clock> clocks(List<ClockView> clocks, Instant now) {
        return clocks.stream().sorted(Comparator.comparing((ClockView k) -> ClockKind.valueOf(k.kind())))
                .map(k -> new Clock(ClockKind.valueOf(k.kind()), k.dueAt(), k.stoppedAt(),
                        ClockStatus.valueOf(DeadlineRule.status(k.dueAt(), k.stoppedAt(), now).name()),
                        k.breachedAt()))
                .toList();
    }

    /** The amount with the currency's number of minor digits, e.g. 1500.00 CNY, 1500 JPY. */
    static String amount(BigDecimal amount, String currency) {
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        return amount.setScale(digits, RoundingMode.UNNECESSARY).toPlainString();
    }

    private static Investigation investigation(Complaint c) {
        return c.investigationAt == null ? null
                : new Investigation(c.rootCause, c.faultOrigin, c.supplierName,
                        countermeasure(c.temporaryAction, c.temporaryOwner, c.temporaryDue),
                        countermeasure(c.permanentAction, c.permanentOwner, c.permanentDue),
                        c.investigationBy, c.investigationAt, c.investigationEnteredAt);
    }

    private static Compensation compensation(Complaint c) {
        return c.compensationAmount == null ? null
                : new Compensation(amount(c.compensationAmount, c.compensationCurrency), c.compensationCurrency,
                        c.compensationReason, c.compensationApprovedBy, c.compensationApproverRole,
                        c.compensationApprovedAt);
    }

    private static SecondSatisfaction secondSatisfaction(Complaint c) {
        return c.firstClosedAt == null ? null
                : new SecondSatisfaction(c.secondAt == null ? "PENDING" : "RECORDED", c.secondSatisfied,
                        c.secondNote, c.secondCallId, c.secondBy, c.secondAt);
    }

    private static Countermeasure countermeasure(String action, String owner, LocalDate due) {
        return action == null ? null : new Countermeasure(action, owner, due);
    }
}
