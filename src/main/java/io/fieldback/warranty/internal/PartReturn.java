package io.fieldback.warranty.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;
import io.fieldback.common.Outcome;
import io.fieldback.common.Refusal;
import io.fieldback.warranty.ClaimStatus;
import io.fieldback.warranty.Decision;
import io.fieldback.warranty.Finding;
import io.fieldback.warranty.LineKind;
import io.fieldback.warranty.ReturnInstruction;
import io.fieldback.warranty.ReturnStatus;

/**
 * The manufacturer's instruction for the failed part of one approved part line, and the part's way back.
 * Each move checks its own rule and returns its refusal or nothing; a return that ends without a confirmed
 * defect charges the line's approved amount back on the day it ended.
 */
@Entity
@Table(name = "warranty_part_returns")
class PartReturn extends BaseEntity {

    private static final EnumSet<ClaimStatus> PAID_STATUSES = EnumSet.of(ClaimStatus.AUTO_APPROVED,
            ClaimStatus.APPROVED, ClaimStatus.PARTIALLY_APPROVED);

    @Column(name = "claim_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID claimId;

    @Column(name = "line_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID lineId;

    @Column(name = "station_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID stationId;

    @Column(name = "dealer_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID dealerId;

    @Column(name = "part_number", nullable = false, length = 40)
    public String partNumber;

    @Column(name = "failed_serial", length = 60)
    public String failedSerial;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public ReturnInstruction instruction;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(name = "keep_until")
    public LocalDate keepUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public ReturnStatus status;

    @Column(name = "requested_by", nullable = false, length = 200)
    public String requestedBy;

    @Column(length = 100)
    public String carrier;

    @Column(name = "tracking_number", length = 100)
    public String trackingNumber;

    @Column(name = "shipped_at")
    public Instant shippedAt;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public Finding finding;

    @Column(name = "inspection_note", length = 1000)
    public String inspectionNote;

    @Column(name = "inspected_at")
    public Instant inspectedAt;

    @Column(name = "inspected_by", length = 200)
    public String inspectedBy;

    @Column(nullable = false, length = 3)
    public String currency;

    @Column(name = "chargeback_amount", precision = 14, scale = 2)
    public BigDecimal chargebackAmount;

    @Column(name = "chargeback_reason", length = 300)
    public String chargebackReason;

    @Column(name = "charged_on")
    public LocalDate chargedOn;

    /** An instruction for a line of a decided claim: the line must be a part the manufacturer pays for. */
    static Outcome<PartReturn> instruct(WarrantyClaim claim, UUID lineId, ReturnInstruction instruction,
            LocalDate dueOn, LocalDate keepUntil, String who, LocalDate today) {
        ClaimLine line = claim.lines.stream().filter(l -> l.id.equals(lineId)).findFirst().orElse(null);
        Refusal refusal = line == null ? Refusal.invalid("lineId", "not a line of this claim") : lineRefusal(claim, line);
        if (refusal == null) {
            refusal = datesRefusal(instruction, dueOn, keepUntil, today);
        }
        if (refusal != null) {
            return Outcome.refused(refusal);
        }
        PartReturn r = new PartReturn();
        r.claimId = claim.id;
        r.lineId = line.id;
        r.stationId = claim.stationId;
        r.dealerId = claim.dealerId;
        r.partNumber = line.partNumber;
        r.failedSerial = line.failedSerial;
        r.instruction = instruction;
        r.dueOn = dueOn;
        r.keepUntil = keepUntil;
        r.currency = claim.currency;
        r.requestedBy = who;
        r.status = switch (instruction) {
            case RETURN -> ReturnStatus.REQUESTED;
            case KEEP -> ReturnStatus.KEEP;
            case SCRAP -> ReturnStatus.SCRAP;
        };
        return Outcome.moved(r);
    }

    /** Parts are returned only from an approved part line of an approved claim. */
    private static Refusal lineRefusal(WarrantyClaim claim, ClaimLine line) {
        if (!PAID_STATUSES.contains(claim.status)) {
            return Refusal.conflict("status", "the claim is " + claim.status
                    + ": parts are returned only from an approved claim");
        }
        if (line.kind != LineKind.PART || line.decision == Decision.REJECTED) {
            return Refusal.invalid("lineId", "not an approved part line");
        }
        return null;
    }

    /** Each instruction names exactly its own date, after today: a RETURN its due date, a KEEP its keep-until. */
    private static Refusal datesRefusal(ReturnInstruction instruction, LocalDate dueOn, LocalDate keepUntil,
            LocalDate today) {
        return switch (instruction) {
            case RETURN -> dueOn == null || !dueOn.isAfter(today) ? Refusal.invalid("dueOn",
                    "a RETURN needs a due date after today (" + today + ")") : keepUntil != null
                    ? Refusal.invalid("keepUntil", "only a KEEP names a keep-until date") : null;
            case KEEP -> keepUntil == null || !keepUntil.isAfter(today) ? Refusal.invalid("keepUntil",
                    "a KEEP needs a keep-until date after today (" + today + ")") : dueOn != null
                    ? Refusal.invalid("dueOn", "only a RETURN names a due date") : null;
            case SCRAP -> dueOn != null || keepUntil != null ? Refusal.invalid(dueOn != null ? "dueOn" : "keepUntil",
                    "a SCRAP names no date") : null;
        };
    }

    /** The station ships the part, at the latest on its due date. */
    Refusal ship(String carrier, String trackingNumber, Instant at, LocalDate today) {
        if (status != ReturnStatus.REQUESTED) {
            return Refusal.conflict("status", "the return is " + status + ": only a REQUESTED part can be shipped");
        }
        if (today.isAfter(dueOn)) {
            return Refusal.conflict("dueOn", "the part was due to be shipped by " + dueOn);
        }
        status = ReturnStatus.SHIPPED;
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
        shippedAt = at;
        return null;
    }

    Refusal receive(Instant at) {
        if (status != ReturnStatus.SHIPPED) {
            return Refusal.conflict("status", "the return is " + status + ": only a SHIPPED part can be received");
        }
        status = ReturnStatus.RECEIVED;
        receivedAt = at;
        return null;
    }

    /**
     * Records the inspection. A received part may have any finding but NOT_RECEIVED; a part never received
     * may only be found NOT_RECEIVED, and only once its due date has passed.
     */
    Refusal inspect(Finding found, String note, BigDecimal approvedAmount, String who, Instant at, LocalDate today) {
        if (found == Finding.NOT_RECEIVED) {
            if (status != ReturnStatus.REQUESTED && status != ReturnStatus.SHIPPED) {
                return Refusal.conflict("finding", "the return is " + status + ": NOT_RECEIVED is only for a part "
                        + "still on its way");
            }
            if (!today.isAfter(dueOn)) {
                return Refusal.conflict("finding", "the part is due by " + dueOn + ": it is not late yet");
            }
        } else if (status != ReturnStatus.RECEIVED) {
            return Refusal.conflict("status", "the return is " + status + ": only a RECEIVED part can be inspected");
        }
        status = ReturnStatus.INSPECTED;
        finding = found;
        inspectionNote = note;
        inspectedAt = at;
        inspectedBy = who;
        if (found != Finding.CONFIRMED) {
            chargeBack(approvedAmount, found == Finding.NOT_RECEIVED ? "part not received by " + dueOn
                    : "inspection found " + found + (note == null ? "" : ": " + note), today);
        }
        return null;
    }

    /** A part still not shipped after its due date: charged back on the first day it was late. */
    boolean chargeIfOverdue(BigDecimal approvedAmount, Instant at, LocalDate today) {
        if (status != ReturnStatus.REQUESTED || !today.isAfter(dueOn)) {
            return false;
        }
        status = ReturnStatus.INSPECTED;
        finding = Finding.NOT_RECEIVED;
        inspectedAt = at;
        inspectedBy = "overdue-check";
        chargeBack(approvedAmount, "part not shipped by " + dueOn, dueOn.plusDays(1));
        return true;
    }

    private void chargeBack(BigDecimal amount, String reason, LocalDate on) {
        chargebackAmount = amount;
        chargebackReason = reason.length() > 300 ? reason.substring(0, 300) : reason;
        chargedOn = on;
    }
}
