package io.fieldback.customer.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;
import io.fieldback.customer.Application;
import io.fieldback.customer.WarrantyLimitUnit;

/** A unit a customer owns (engine, vehicle, generator set), known by its serial number or VIN. */
@Entity
@Table(name = "equipment")
public class Equipment extends BaseEntity {

    @Column(name = "customer_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID customerId;

    @Column(name = "serial_number", nullable = false, length = 40, unique = true)
    public String serialNumber;

    @Column(name = "product_series", nullable = false, length = 64)
    public String productSeries;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public Application application;

    @Column(name = "delivery_date")
    public LocalDate deliveryDate;

    @Column(name = "warranty_until")
    public LocalDate warrantyUntil;

    @Column(name = "warranty_limit")
    public Integer warrantyLimit;

    @Enumerated(EnumType.STRING)
    @Column(name = "warranty_limit_unit", length = 8)
    public WarrantyLimitUnit warrantyLimitUnit;

    @Column(nullable = false)
    public boolean active = true;

    public static boolean serialTaken(String serial, UUID except) {
        return count("serialNumber = ?1 and id <> ?2", serial, except == null ? new UUID(0, 0) : except) > 0;
    }
}
