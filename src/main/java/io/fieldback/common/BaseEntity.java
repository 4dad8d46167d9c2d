package io.fieldback.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Id, optimistic-lock version and timestamps shared by every mutable record. The id is assigned in
 * Java (UUID v7) rather than by the database, which keeps JDBC batching possible.
 */
@MappedSuperclass
public abstract class BaseEntity extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "BINARY(16)")
    public UUID id;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @PrePersist
    void beforeInsert() {
        if (id == null) {
            id = UuidV7.next();
        }
        createdAt = stampNow();
        updatedAt = createdAt;
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = stampNow();
    }

    /** Rows' own bookkeeping time (not a business time, so not the TimeSource): the wall clock to the microsecond. */
    static Instant stampNow() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
