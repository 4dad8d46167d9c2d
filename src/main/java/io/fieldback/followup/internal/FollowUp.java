package io.fieldback.followup.internal;

import io.fieldback.followup.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;
import io.fieldback.customer.Relationship;

/**
 * One follow-up call to a customer. What the queue needs (relationship, product line, the contact's
 * phone and call window) is copied in when the call is created, so handing out the next call reads
 * this table alone.
 */
@Entity
@Table(name = "followup_calls")
public class FollowUp extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public FollowUpSource source;

    /** Why the call is made; figures say which purposes they count. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public CallPurpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public FollowUpStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "ineligible_reason", length = 32)
    public IneligibleReason ineligibleReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason", length = 24)
    public CloseReason closeReason;

    @Column(name = "visit_id", columnDefinition = "BINARY(16)")
    public UUID visitId;

    @Column(name = "customer_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID customerId;

    @Column(name = "equipment_id", columnDefinition = "BINARY(16)")
    public UUID equipmentId;

    @Column(name = "station_id", columnDefinition = "BINARY(16)")
    public UUID stationId;

    /** The dealer of the visit; the dealer change feed will select outcomes by it. */
    @Column(name = "dealer_id", columnDefinition = "BINARY(16)")
    public UUID dealerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Relationship relationship;

    @Column(name = "product_line", length = 64)
    public String productLine;

    @Column(name = "contact_id", columnDefinition = "BINARY(16)")
    public UUID contactId;

    @Column(name = "contact_name", length = 100)
    public String contactName;

    @Column(length = 16)
    public String phone;

    @Column(name = "window_start")
    public LocalTime windowStart;

    @Column(name = "window_end")
    public LocalTime windowEnd;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    /** When an OPEN call may next be handed out: its due time, the end of a retry interval or of a claim. */
    @Column(name = "available_at")
    public Instant availableAt;

    @Column(name = "claimed_by", length = 200)
    public String claimedBy;

    @Column(name = "claim_expires_at")
    public Instant claimExpiresAt;

    /** All attempts recorded. */
    @Column(name = "attempt_count", nullable = false)
    public int attemptCount;

    /** Unanswered attempts (no answer, busy): these count towards the maximum. */
    @Column(name = "counted_attempts", nullable = false)
    public int countedAttempts;

    @Column(name = "last_counted_attempt_at")
    public Instant lastCountedAttemptAt;

    @Column(name = "sample_date")
    public LocalDate sampleDate;

    @Column(name = "questionnaire_id", columnDefinition = "BINARY(16)")
    public UUID questionnaireId;

    @Column(name = "questionnaire_version")
    public Integer questionnaireVersion;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "followup_answers", joinColumns = @JoinColumn(name = "followup_id"))
    @OrderColumn(name = "position")
    public List<Answer> answers = new ArrayList<>();

    @Column(nullable = false)
    public boolean perfunctory;

    @Column(name = "screening_cleared_by", length = 200)
    public String screeningClearedBy;

    @Column(name = "screening_cleared_at")
    public Instant screeningClearedAt;

    @Column(name = "screening_clear_reason", length = 500)
    public String screeningClearReason;

    @Column(name = "escalation_id", columnDefinition = "BINARY(16)")
    public UUID escalationId;

    /** SECOND_SATISFACTION calls: the closed complaint they ask about, and which closure of it (1, 2, ...). */
    @Column(name = "complaint_id", columnDefinition = "BINARY(16)")
    public UUID complaintId;

    @Column(name = "complaint_closure")
    public Integer complaintClosure;

    @Column(length = 500)
    public String note;

    @Column(name = "created_by", nullable = false, length = 200)
    public String createdBy;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** Whether an agent holds an unexpired claim on the call. */
    public boolean claimedAt(Instant now) {
        return claimedBy != null && claimExpiresAt != null && claimExpiresAt.isAfter(now);
    }

    public static boolean existsForComplaintClosure(UUID complaintId, int closure) {
        return count("complaintId = ?1 and complaintClosure = ?2", complaintId, closure) > 0;
    }

    public static boolean existsAfterDelivery(UUID equipmentId) {
        return count("equipmentId = ?1 and purpose = ?2", equipmentId, CallPurpose.AFTER_DELIVERY) > 0;
    }

    public static boolean existsForVisit(UUID visitId) {
        return count("visitId", visitId) > 0;
    }
}
