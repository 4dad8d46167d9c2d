package io.fieldback.notification.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;
import io.fieldback.notification.SnapshotView;

/** A week's report as it was sent. Written once; nothing updates it. */
@Entity
@Table(name = "report_snapshots")
public class ReportSnapshot extends BaseEntity {

    static final String NETWORK = "network";

    @Column(nullable = false, length = 8)
    public String week;

    @Column(name = "scope_key", nullable = false, length = 36)
    public String scopeKey;

    @Column(name = "dealer_id", columnDefinition = "BINARY(16)")
    public UUID dealerId;

    @Column(name = "period_from", nullable = false)
    public LocalDate from;

    @Column(name = "period_to", nullable = false)
    public LocalDate to;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    public byte[] csv;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    public String html;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "report_json", nullable = false, columnDefinition = "MEDIUMTEXT")
    public String reportJson;

    @Column(name = "frozen_at", nullable = false)
    public Instant frozenAt;

    static String key(UUID dealerId) {
        return dealerId == null ? NETWORK : dealerId.toString();
    }

    static ReportSnapshot of(String week, UUID dealerId) {
        return find("week = ?1 and scopeKey = ?2", week, key(dealerId)).firstResult();
    }

    SnapshotView view() {
        return new SnapshotView(id, week, dealerId, from, to, frozenAt,
                ReportDelivery.count("snapshotId = ?1 and status = ?2", id, ReportDelivery.SENT), version, createdAt,
                updatedAt);
    }
}
