package io.fieldback.complaint.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;
import io.fieldback.common.FieldError;
import io.fieldback.common.Outcome;
import io.fieldback.common.Refusal;
import io.fieldback.complaint.Category;
import io.fieldback.complaint.Channel;
import io.fieldback.complaint.ClockKind;
import io.fieldback.complaint.ComplaintClosed;
import io.fieldback.complaint.ComplaintRequest;
import io.fieldback.complaint.ComplaintStatus;
import io.fieldback.complaint.FaultOrigin;
import io.fieldback.complaint.Severity;

/** A customer's complaint, from intake through investigation and remedy to verified closure. */
@Entity
@Table(name = "complaints")
class Complaint extends BaseEntity {

    @Column(name = "customer_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID customerId;

    @Column(name = "visit_id", columnDefinition = "BINARY(16)")
    public UUID visitId;

    @Column(name = "equipment_id", columnDefinition = "BINARY(16)")
    public UUID equipmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public Category category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Severity severity;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String description;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public ComplaintStatus status;

    /** The earlier complaint this one repeats (same customer, same visit, within the window). */
    @Column(name = "duplicate_of", columnDefinition = "BINARY(16)")
    public UUID duplicateOf;

    @Column(name = "contact_name", length = 100)
    public String contactName;

    @Column(name = "contact_phone", length = 16)
    public String contactPhone;

    @Column(name = "source_reference", length = 100)
    public String sourceReference;

    @Column(name = "department_code", length = 32)
    public String departmentCode;

    @Column(name = "root_cause", columnDefinition = "TEXT")
    public String rootCause;

    @Enumerated(EnumType.STRING)
    @Column(name = "fault_origin", length = 16)
    public FaultOrigin faultOrigin;

    @Column(name = "supplier_name", length = 200)
    public String supplierName;

    @Column(name = "temporary_action", columnDefinition = "TEXT")
    public String temporaryAction;

    @Column(name = "temporary_owner", length = 100)
    public String temporaryOwner;

    @Column(name = "temporary_due")
    public LocalDate temporaryDue;

    @Column(name = "permanent_action", columnDefinition = "TEXT")
    public String permanentAction;

    @Column(name = "permanent_owner", length = 100)
    public String permanentOwner;

    @Column(name = "permanent_due")
    public LocalDate permanentDue;

    @Column(name = "investigation_by", length = 200)
    public String investigationBy;

    /** When the investigation was made, as its author said (defaults to when it was entered). */
    @Column(name = "investigation_at")
    public Instant investigationAt;

    @Column(name = "investigation_entered_at")
    public Instant investigationEnteredAt;

    @Column(name = "compensation_amount", precision = 18, scale = 3)
    public BigDecimal compensationAmount;

    @Column(name = "compensation_currency", length = 3)
    public String compensationCurrency;

    @Column(name = "compensation_reason", length = 500)
    public String compensationReason;

    @Column(name = "compensation_approved_by", length = 200)
    public String compensationApprovedBy;

    @Column(name = "compensation_approver_role", length = 20)
    public String compensationApproverRole;

    @Column(name = "compensation_approved_at")
    public Instant compensationApprovedAt;

    @Column(name = "remedy_done_at")
    public Instant remedyDoneAt;

    /** The latest closure; cleared when the complaint is reopened. */
    @Column(name = "closed_at")
    public Instant closedAt;

    /** The first closure, kept through reopenings; the monthly mean time to close uses it. */
    @Column(name = "first_closed_at")
    public Instant firstClosedAt;

    /** How often the fault recurred after closure (how often the complaint was reopened). */
    @Column(name = "recurrence_count", nullable = false)
    public int recurrenceCount;

    @Column(name = "second_satisfied")
    public Boolean secondSatisfied;

    @Column(name = "second_note", length = 2000)
    public String secondNote;

    @Column(name = "second_call_id", columnDefinition = "BINARY(16)")
    public UUID secondCallId;

    @Column(name = "second_by", length = 200)
    public String secondBy;

    @Column(name = "second_at")
    public Instant secondAt;

    @Column(name = "created_by", nullable = false, length = 200)
    public String createdBy;

    /** The follow-up escalation this complaint was taken up from (channel FOLLOW_UP); unique. */
    @Column(name = "followup_escalation_id", columnDefinition = "BINARY(16)")
    public UUID followUpEscalationId;

    /** A complaint as received, before its deadlines start (see Deadlines.open). */
    static Complaint received(ComplaintRequest request, UUID customerId, Channel channel, Instant receivedAt) {
        Complaint complaint = new Complaint();
        complaint.customerId = customerId;
        complaint.visitId = request.visitId();
        complaint.equipmentId = request.equipmentId();
        complaint.channel = channel;
        complaint.category = request.category();
        complaint.severity = request.severity();
        complaint.description = request.description();
        complaint.receivedAt = receivedAt;
        complaint.status = ComplaintStatus.RECEIVED;
        complaint.contactName = request.contactName();
        complaint.contactPhone = request.contactPhone();
        complaint.sourceReference = request.sourceReference();
        return complaint;
    }

    /**
     * Takes one workflow step, or refuses with every reason: a step the workflow does not allow, a time
     * that is not the step's ({@code requestedAt}: in the future, before the receipt or before
     * {@code latestStep}), something the step needs that is missing, a reopening that does not say what
     * recurred. A closure clears the answer to the previous closure's second-satisfaction call.
     */
    Outcome<ComplaintMoved> move(ComplaintStatus to, Instant requestedAt, Instant now, Instant latestStep, String note,
            Duration verificationPeriod) {
        ComplaintStatus from = status;
        if (!from.canMoveTo(to)) {
            return Outcome.refused(TransitionRules.illegal(from, to));
        }
        Refusal badTime = TransitionRules.stepTimeRefusal(receivedAt, requestedAt, now, latestStep);
        if (badTime != null) {
            return Outcome.refused(badTime);
        }
        Instant at = TransitionRules.stepTime(requestedAt, now);
        List<FieldError> missing = TransitionRules.missing(this, to, at, verificationPeriod);
        if (!missing.isEmpty()) {
            return Outcome.refused(TransitionRules.refused(to, missing));
        }
        if (to == ComplaintStatus.REOPENED && (note == null || note.isBlank())) {
            return Outcome.refused(Refusal.invalid("note", "say what recurred when reopening a complaint"));
        }
        ComplaintClosed closed = enter(to, at);
        status = to;
        return Outcome.moved(new ComplaintMoved(from, to, at, ComplaintMoved.metBy(to), closed));
    }

    /** What entering a status changes besides the status; returns the closure when it closes. */
    private ComplaintClosed enter(ComplaintStatus to, Instant at) {
        switch (to) {
            case REMEDY_DONE -> remedyDoneAt = at;
            case INVESTIGATING -> remedyDoneAt = null;
            case CLOSED -> {
                return close(at);
            }
            case REOPENED -> {
                recurrenceCount++;
                closedAt = null;
            }
            default -> {
            }
        }
        return null;
    }

    private ComplaintClosed close(Instant at) {
        closedAt = at;
        if (firstClosedAt == null) {
            firstClosedAt = at;
        }
        // each closure asks again; an answer to an earlier closure no longer stands
        secondSatisfied = null;
        secondNote = null;
        secondCallId = null;
        secondBy = null;
        secondAt = null;
        return new ComplaintClosed(id, customerId, visitId, category, at, closure(), equipmentId);
    }

    /** Which closure this is or will be: 1 for the first, one more after each reopening. */
    int closure() {
        return recurrenceCount + 1;
    }

    /** Whether closure number {@code closure} still stands: the complaint is closed and not reopened since. */
    boolean closureStands(int closure) {
        return status == ComplaintStatus.CLOSED && closure() == closure;
    }

    /**
     * Records the answer of the second-satisfaction call about closure number {@code closure}; refused
     * (false) when that closure no longer stands.
     */
    boolean answerSecondSatisfaction(int closure, boolean satisfied, String note, UUID callId, String agent,
            Instant at) {
        if (!closureStands(closure)) {
            return false;
        }
        secondSatisfied = satisfied;
        secondNote = note == null || note.length() <= 2000 ? note : note.substring(0, 1999) + "…";
        secondCallId = callId;
        secondBy = agent;
        secondAt = at;
        return true;
    }

    /** The investigation holds everything a corrective report needs. */
    boolean investigationComplete() {
        return rootCause != null && departmentCode != null && faultOrigin != null && temporaryAction != null
                && permanentAction != null;
    }

    static Complaint byFollowUpEscalation(UUID escalationId) {
        return find("followUpEscalationId", escalationId).firstResult();
    }

    /** The earliest complaint of this customer about this visit received within the window around {@code at}. */
    static Complaint duplicateTarget(UUID customerId, UUID visitId, Instant from, Instant to) {
        return find("customerId = ?1 and visitId = ?2 and receivedAt >= ?3 and receivedAt <= ?4 "
                + "order by receivedAt, id", customerId, visitId, from, to).firstResult();
    }
}
