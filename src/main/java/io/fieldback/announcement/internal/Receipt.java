package io.fieldback.announcement.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;

/** One reader's read of one announcement (the first time they marked it read). */
@Entity
@Table(name = "announcement_receipts")
class Receipt extends BaseEntity {

    @Column(name = "announcement_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID announcementId;

    @Column(nullable = false, length = 200)
    public String reader;

    @Column(name = "station_id", columnDefinition = "BINARY(16)")
    public UUID stationId;

    @Column(name = "dealer_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID dealerId;

    @Column(name = "read_at", nullable = false)
    public Instant readAt;
}
