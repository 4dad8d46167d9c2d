package io.fieldback.warranty.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.fieldback.warranty.CostKind;
import io.fieldback.warranty.Decision;
import io.fieldback.warranty.LineKind;
import io.fieldback.warranty.ReasonCode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One line of a claim; part of the {@link WarrantyClaim} aggregate, changed only through it. */
@Entity
@Table(name = "warranty_claim_lines")
class ClaimLine extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "BINARY(16)")
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", columnDefinition = "BINARY(16)")
    public WarrantyClaim claim;

    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public LineKind kind;

    @Column(name = "operation_code", length = 40)
    public String operationCode;

    @Column(name = "standard_hours", precision = 7, scale = 2)
    public BigDecimal standardHours;

    @Column(precision = 7, scale = 2)
    public BigDecimal hours;

    @Column(precision = 12, scale = 2)
    public BigDecimal rate;

    @Column(name = "part_number", length = 40)
    public String partNumber;

    @Column(precision = 10, scale = 2)
    public BigDecimal quantity;

    @Column(name = "unit_price", precision = 12, scale = 2)
    public BigDecimal unitPrice;

    @Column(name = "causal_part")
    public Boolean causalPart;

    @Column(name = "failed_serial", length = 60)
    public String failedSerial;

    @Column(name = "new_serial", length = 60)
    public String newSerial;

    @Enumerated(EnumType.STRING)
    @Column(name = "cost_kind", length = 8)
    public CostKind costKind;

    @Column(length = 500)
    public String description;

    @Column(name = "claimed_amount", nullable = false, precision = 14, scale = 2)
    public BigDecimal claimedAmount;

    @Column(name = "approved_amount", precision = 14, scale = 2)
    public BigDecimal approvedAmount;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    public Decision decision;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code", length = 32)
    public ReasonCode reasonCode;

    @Column(name = "decided_by", length = 200)
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    boolean overStandard() {
        return kind == LineKind.LABOUR && hours.compareTo(standardHours) > 0;
    }

    void decide(Decision decision, BigDecimal approved, ReasonCode reason, String who, Instant at) {
        this.decision = decision;
        this.approvedAmount = approved;
        this.reasonCode = reason;
        this.decidedBy = who;
        this.decidedAt = at;
    }

    void clearDecision() {
        decide(null, null, null, null, null);
    }
}
