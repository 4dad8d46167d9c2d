package io.fieldback.dispatch.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.fieldback.dispatch.ArrivalPromiseView;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Dispatch's facts about a visit: the site, the window, the duration and the arrival promise. */
@Entity
@Table(name = "dispatch_visits")
class DispatchVisit extends PanacheEntityBase {

    @Id
    @Column(name = "visit_id", columnDefinition = "BINARY(16)")
    UUID visitId;

    @Column(name = "station_id", nullable = false, columnDefinition = "BINARY(16)")
    UUID stationId;

    @Column(name = "dealer_id", nullable = false, columnDefinition = "BINARY(16)")
    UUID dealerId;

    @Column(name = "customer_id", nullable = false, columnDefinition = "BINARY(16)")
    UUID customerId;

    @Column(precision = 9, scale = 6)
    BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    BigDecimal longitude;

    @Column(name = "window_start")
    Instant windowStart;

    @Column(name = "window_end")
    Instant windowEnd;

    @Column(name = "duration_minutes")
    Integer durationMinutes;

    @Column(name = "requested_at", nullable = false)
    Instant requestedAt;

    @Column(name = "promised_by", nullable = false)
    Instant promisedBy;

    @Column(name = "arrived_at")
    Instant arrivedAt;

    @Version
    long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    int duration(Duration fallback) {
        return durationMinutes != null ? durationMinutes : (int) fallback.toMinutes();
    }

    /** The site: the visit's own position, or the station's when the visit names none. */
    double[] site(double[] station) {
        return latitude == null ? station : new double[] { latitude.doubleValue(), longitude.doubleValue() };
    }

    /** ON_TIME / LATE once someone arrived; OPEN before the promise, OVERDUE after it. */
    String promise(Instant now) {
        if (arrivedAt != null) {
            return arrivedAt.isAfter(promisedBy) ? "LATE" : "ON_TIME";
        }
        return now.isAfter(promisedBy) ? "OVERDUE" : "OPEN";
    }

    ArrivalPromiseView view(Duration defaultDuration, Instant now) {
        return new ArrivalPromiseView(visitId, stationId, customerId, latitude == null ? null : latitude.doubleValue(),
                longitude == null ? null : longitude.doubleValue(), windowStart, windowEnd, duration(defaultDuration),
                requestedAt, promisedBy, arrivedAt, promise(now), version);
    }

    @PrePersist
    void beforeInsert() {
        createdAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        updatedAt = createdAt;
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
