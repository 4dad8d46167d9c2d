package io.fieldback.warranty.internal;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.fieldback.warranty.SettlementView;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A claim or a chargeback in a batch; read-only here, written by the run's SQL. */
@Entity
@Table(name = "warranty_settlement_lines")
class SettlementLine extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "BINARY(16)")
    public UUID id;

    @Column(name = "settlement_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID settlementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public SettlementView.LineKind kind;

    @Column(name = "claim_id", columnDefinition = "BINARY(16)")
    public UUID claimId;

    @Column(name = "part_return_id", columnDefinition = "BINARY(16)")
    public UUID partReturnId;

    @Column(name = "claim_number", nullable = false, length = 40)
    public String claimNumber;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal amount;

    @Column(length = 300)
    public String reason;
}
