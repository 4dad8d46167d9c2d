package io.fieldback.followup.internal;

import io.fieldback.followup.*;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;

/**
 * A problem a customer raised on a follow-up call: the draft of a complaint, routed to the equipment's
 * product line. Stored here so that nothing raised is lost; the complaint feature takes it up from the
 * {@code followup.escalated} domain event.
 */
@Entity
@Table(name = "followup_escalations")
public class Escalation extends BaseEntity {

    @Column(name = "followup_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID followUpId;

    @Column(name = "customer_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID customerId;

    @Column(name = "visit_id", columnDefinition = "BINARY(16)")
    public UUID visitId;

    @Column(name = "equipment_id", columnDefinition = "BINARY(16)")
    public UUID equipmentId;

    @Column(name = "product_line", length = 64)
    public String productLine;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public ComplaintCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Severity severity;

    @Column(nullable = false, length = 4000)
    public String summary;
}
