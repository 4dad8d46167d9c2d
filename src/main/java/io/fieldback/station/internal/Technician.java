package io.fieldback.station.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;

/** A field technician of one station, trained on some product lines. */
@Entity
@Table(name = "technicians")
public class Technician extends BaseEntity {

    @Column(name = "station_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID stationId;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(length = 16)
    public String phone;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "technician_product_lines", joinColumns = @JoinColumn(name = "technician_id"))
    @Column(name = "product_line", nullable = false, length = 64)
    public Set<String> productLines = new LinkedHashSet<>();

    @Column(nullable = false)
    public boolean active = true;
}
