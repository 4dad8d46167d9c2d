package io.fieldback.dispatch.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;

/** A day-plan job of a station: queued, running, done (with its result as JSON) or failed. */
@Entity
@Table(name = "dispatch_plans")
class DayPlan extends BaseEntity {

    @Column(name = "station_id", nullable = false, columnDefinition = "BINARY(16)")
    UUID stationId;

    @Column(name = "dealer_id", nullable = false, columnDefinition = "BINARY(16)")
    UUID dealerId;

    @Column(name = "plan_date", nullable = false)
    LocalDate date;

    @Column(nullable = false, length = 16)
    String status;

    @Column(length = 100)
    String score;

    Boolean feasible;

    @Column(columnDefinition = "LONGTEXT")
    String result;

    @Column(length = 1000)
    String error;

    @Column(name = "requested_by", nullable = false, length = 200)
    String requestedBy;

    @Column(name = "started_at")
    Instant startedAt;

    @Column(name = "finished_at")
    Instant finishedAt;
}
