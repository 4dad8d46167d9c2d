package io.fieldback.booking.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A station's bays and slot length; its weekly hours and closures are rows of their own (CapacityStore). */
@Entity
@Table(name = "station_capacity")
class StationCapacity extends PanacheEntityBase {

    @Id
    @Column(name = "station_id", columnDefinition = "BINARY(16)")
    public UUID stationId;

    @Column(name = "dealer_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID dealerId;

    @Column(name = "slot_minutes", nullable = false)
    public int slotMinutes;

    @Column(nullable = false)
    public int bays;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
