package io.fieldback.notification.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;

/** One e-mail of one snapshot to one subscription (unique), so a rerun never mails twice. */
@Entity
@Table(name = "report_deliveries")
public class ReportDelivery extends BaseEntity {

    static final String SENDING = "SENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";

    @Column(name = "snapshot_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID snapshotId;

    @Column(name = "subscription_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID subscriptionId;

    @Column(nullable = false, length = 255)
    public String email;

    @Column(nullable = false, length = 16)
    public String status;

    @Column(length = 255)
    public String error;

    @Column(name = "sent_at")
    public Instant sentAt;
}
