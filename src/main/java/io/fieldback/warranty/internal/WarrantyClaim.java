package io.fieldback.warranty.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;
import io.fieldback.common.Outcome;
import io.fieldback.common.Refusal;
import io.fieldback.warranty.ClaimStatus;
import io.fieldback.warranty.Coverage;
import io.fieldback.warranty.Decision;
import io.fieldback.warranty.ReadingUnit;
import io.fieldback.warranty.ReasonCode;
import io.fieldback.warranty.WarrantyClaimDecided;
import io.fieldback.warranty.WarrantyClaimReturned;

/**
 * A station's claim for one repaired machine: the aggregate that owns the workflow. Each move checks
 * its own rule and returns the event it produced or its refusal; services only load, call, save and
 * publish.
 */
@Entity
@Table(name = "warranty_claims")
class WarrantyClaim extends BaseEntity {

    @Column(name = "dealer_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID dealerId;

    @Column(name = "station_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID stationId;

    @Column(name = "visit_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID visitId;

    @Column(name = "equipment_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID equipmentId;

    @Column(name = "serial_number", nullable = false, length = 40)
    public String serialNumber;

    @Column(name = "product_series", nullable = false, length = 64)
    public String productSeries;

    /** The machine's delivery day (failures per 1,000 machines count by its month). */
    @Column(name = "delivered_on")
    public LocalDate deliveredOn;

    @Column(name = "claim_number", nullable = false, length = 40)
    public String claimNumber;

    @Column(name = "claim_type_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID claimTypeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ClaimStatus status = ClaimStatus.DRAFT;

    @Column(name = "repaired_on", nullable = false)
    public LocalDate repairedOn;

    @Column(name = "failure_date", nullable = false)
    public LocalDate failureDate;

    @Column(name = "failure_reading")
    public Integer failureReading;

    @Enumerated(EnumType.STRING)
    @Column(name = "failure_unit", length = 8)
    public ReadingUnit failureUnit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Coverage coverage;

    @Column(name = "coverage_note", nullable = false, length = 300)
    public String coverageNote;

    @Column(nullable = false, length = 3)
    public String currency;

    @Column(name = "claimed_total", nullable = false, precision = 14, scale = 2)
    public BigDecimal claimedTotal;

    @Column(name = "approved_total", precision = 14, scale = 2)
    public BigDecimal approvedTotal;

    @Column(name = "duplicate_of", columnDefinition = "BINARY(16)")
    public UUID duplicateOf;

    /** The auto-approval rules that failed, joined by "; ". */
    @Column(name = "review_reasons", length = 500)
    public String reviewReasons;

    @Column(name = "returned_note", length = 1000)
    public String returnedNote;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by", length = 200)
    public String decidedBy;

    /** The dealer system's updatedAt of the version last applied by the bulk sync. */
    @Column(name = "dealer_updated_at")
    public Instant dealerUpdatedAt;

    @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    public List<ClaimLine> lines = new ArrayList<>();

    /** An analyst's answer to one line. */
    record LineCall(UUID lineId, Decision decision, BigDecimal approvedAmount, ReasonCode reason) {
    }

    /** Replaces every line; only while the station may still edit the claim. */
    Outcome<Void> replaceLines(List<ClaimLine> replacement) {
        if (!status.editable()) {
            return Outcome.refused(Refusal.conflict("lines", "the claim is " + status
                    + ": lines cannot be edited after submission"));
        }
        lines.clear();
        for (ClaimLine line : replacement) {
            line.claim = this;
            line.position = lines.size();
            lines.add(line);
        }
        claimedTotal = lines.stream().map(l -> l.claimedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Outcome.moved(null);
    }

    /**
     * Submits (or resubmits) the claim. With no review reasons the rules approve every line as claimed
     * (AUTO_APPROVED, and the decision event); otherwise it waits in the manual queue (IN_REVIEW).
     */
    Outcome<WarrantyClaimDecided> submit(List<String> reviewReasonsFound, Instant at) {
        if (!status.editable()) {
            return Outcome.refused(Refusal.conflict("status", "the claim is " + status + ": only a DRAFT or "
                    + "RETURNED_FOR_INFO claim can be submitted"));
        }
        submittedAt = at;
        returnedNote = null;
        lines.forEach(ClaimLine::clearDecision);
        if (!reviewReasonsFound.isEmpty()) {
            status = ClaimStatus.IN_REVIEW;
            reviewReasons = String.join("; ", reviewReasonsFound);
            return Outcome.moved(null);
        }
        reviewReasons = null;
        lines.forEach(l -> l.decide(Decision.APPROVED, l.claimedAmount, ReasonCode.AUTO_APPROVED, "auto-approval", at));
        return Outcome.moved(close(ClaimStatus.AUTO_APPROVED, "auto-approval", at));
    }

    /** Decides some lines; when every line is decided the claim closes with its decision event. */
    Outcome<WarrantyClaimDecided> decide(List<LineCall> calls, String who, Instant at) {
        if (status != ClaimStatus.IN_REVIEW) {
            return Outcome.refused(Refusal.conflict("status", "the claim is " + status
                    + ": only a claim IN_REVIEW can be decided"));
        }
        for (int i = 0; i < calls.size(); i++) {
            Refusal refusal = check(calls.get(i), "lines[" + i + "]");
            if (refusal != null) {
                return Outcome.refused(refusal);
            }
        }
        for (LineCall call : calls) {
            ClaimLine line = line(call.lineId());
            BigDecimal approved = switch (call.decision()) {
                case APPROVED -> line.claimedAmount;
                case CUT -> call.approvedAmount();
                case REJECTED -> BigDecimal.ZERO.setScale(2);
            };
            ReasonCode reason = call.reason() != null ? call.reason() : ReasonCode.WITHIN_POLICY;
            line.decide(call.decision(), approved, reason, who, at);
        }
        if (lines.stream().anyMatch(l -> l.decision == null)) {
            return Outcome.moved(null);
        }
        return Outcome.moved(close(finalStatus(), who, at));
    }

    /** Sends the claim back to its station for information; its lines become editable again. */
    Outcome<WarrantyClaimReturned> returnForInfo(String note, String who, Instant at) {
        if (status != ClaimStatus.IN_REVIEW) {
            return Outcome.refused(Refusal.conflict("status", "the claim is " + status
                    + ": only a claim IN_REVIEW can be returned for information"));
        }
        status = ClaimStatus.RETURNED_FOR_INFO;
        returnedNote = note;
        lines.forEach(ClaimLine::clearDecision);
        return Outcome.moved(new WarrantyClaimReturned(id, claimNumber, stationId, dealerId, note, at));
    }

    private Refusal check(LineCall call, String field) {
        ClaimLine line = line(call.lineId());
        if (line == null) {
            return Refusal.invalid(field + ".lineId", "not a line of this claim");
        }
        if (call.decision() != Decision.APPROVED && call.reason() == null) {
            return Refusal.invalid(field + ".reasonCode", "a " + call.decision() + " line needs its reason code");
        }
        if (call.decision() == Decision.CUT && (call.approvedAmount() == null
                || call.approvedAmount().signum() <= 0 || call.approvedAmount().compareTo(line.claimedAmount) >= 0)) {
            return Refusal.invalid(field + ".approvedAmount", "a CUT line is approved for more than 0 and less "
                    + "than its claimed " + line.claimedAmount);
        }
        if (call.decision() != Decision.CUT && call.approvedAmount() != null) {
            return Refusal.invalid(field + ".approvedAmount", "only a CUT line names an approved amount");
        }
        return null;
    }

    private ClaimLine line(UUID lineId) {
        return lines.stream().filter(l -> l.id.equals(lineId)).findFirst().orElse(null);
    }

    private ClaimStatus finalStatus() {
        if (lines.stream().allMatch(l -> l.decision == Decision.REJECTED)) {
            return ClaimStatus.REJECTED;
        }
        return lines.stream().allMatch(l -> l.decision == Decision.APPROVED) ? ClaimStatus.APPROVED
                : ClaimStatus.PARTIALLY_APPROVED;
    }

    private WarrantyClaimDecided close(ClaimStatus decided, String who, Instant at) {
        status = decided;
        decidedAt = at;
        decidedBy = who;
        approvedTotal = lines.stream().map(l -> l.approvedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new WarrantyClaimDecided(id, claimNumber, stationId, dealerId, status, currency, claimedTotal,
                approvedTotal, at);
    }
}
