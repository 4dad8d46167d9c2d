package io.fieldback.dispatch.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A technician's capabilities, keyed by the technician; the document is {@link CapabilityDocument} as JSON. */
@Entity
@Table(name = "dispatch_capabilities")
class Capabilities extends PanacheEntityBase {

    @Id
    @Column(name = "technician_id", columnDefinition = "BINARY(16)")
    UUID technicianId;

    @Column(name = "daily_cap", nullable = false)
    int dailyCap;

    @Column(nullable = false, columnDefinition = "LONGTEXT")
    String document;

    @Version
    long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

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
