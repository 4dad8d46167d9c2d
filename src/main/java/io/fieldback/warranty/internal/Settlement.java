package io.fieldback.warranty.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;
import io.fieldback.common.Refusal;
import io.fieldback.warranty.SettlementStatus;

/** A station's monthly batch. Its lines are written by the run's SQL ({@link SettlementRun}); paying locks it. */
@Entity
@Table(name = "warranty_settlements")
class Settlement extends BaseEntity {

    @Column(name = "station_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID stationId;

    @Column(name = "dealer_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID dealerId;

    @Column(name = "settlement_month", nullable = false, length = 7)
    public String month;

    @Column(nullable = false, length = 3)
    public String currency;

    @Column(name = "approved_total", nullable = false, precision = 14, scale = 2)
    public BigDecimal approvedTotal;

    @Column(name = "chargeback_total", nullable = false, precision = 14, scale = 2)
    public BigDecimal chargebackTotal;

    @Column(name = "net_total", nullable = false, precision = 14, scale = 2)
    public BigDecimal netTotal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public SettlementStatus status;

    @Column(name = "payment_reference", length = 100)
    public String paymentReference;

    @Column(name = "paid_at")
    public Instant paidAt;

    @Column(name = "paid_by", length = 200)
    public String paidBy;

    /** Marks the batch paid; from then on nothing changes it. */
    Refusal pay(String reference, String who, Instant at) {
        if (status == SettlementStatus.PAID) {
            return Refusal.conflict("status", "the batch was paid on " + paidAt + " (" + paymentReference
                    + "): a paid batch never changes");
        }
        status = SettlementStatus.PAID;
        paymentReference = reference;
        paidBy = who;
        paidAt = at;
        return null;
    }
}
