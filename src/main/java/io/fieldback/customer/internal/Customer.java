package io.fieldback.customer.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;
import io.fieldback.customer.Importance;
import io.fieldback.customer.Relationship;

/** A customer of the manufacturer, segmented by relationship, importance and region. */
@Entity
@Table(name = "customers")
public class Customer extends BaseEntity {

    @Column(nullable = false, length = 32, unique = true)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Relationship relationship;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Importance importance;

    /** a region code (regions table); with a province, always the province's region */
    @Column(nullable = false, length = 16)
    public String region;

    /** a province code (provinces table), or null */
    @Column(length = 64)
    public String province;

    @Column(name = "do_not_call", nullable = false)
    public boolean doNotCall;

    /** The dealer that serves this customer, if any; dealer callers see only their own customers. */
    @Column(name = "dealer_id", columnDefinition = "BINARY(16)")
    public UUID dealerId;

    @Column(nullable = false)
    public boolean active = true;

    public static boolean codeTaken(String code, UUID except) {
        return count("code = ?1 and id <> ?2", code, except == null ? new UUID(0, 0) : except) > 0;
    }
}
