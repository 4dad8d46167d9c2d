package io.fieldback.maintenance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.fieldback.visit.MeterUnit;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An hour-meter or odometer reading of a machine: reported, or taken at a visit. */
@Entity
@Table(name = "meter_readings")
class MeterReading extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "BINARY(16)")
    public UUID id;

    @Column(name = "equipment_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID equipmentId;

    @Column(nullable = false)
    public int reading;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public MeterUnit unit;

    @Column(name = "read_on", nullable = false)
    public LocalDate readOn;

    @Column(name = "visit_id", columnDefinition = "BINARY(16)")
    public UUID visitId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** A machine's readings in one unit, oldest first. */
    static List<MeterReading> of(UUID equipmentId, MeterUnit unit) {
        return list("equipmentId = ?1 and unit = ?2 order by readOn, reading", equipmentId, unit);
    }
}
