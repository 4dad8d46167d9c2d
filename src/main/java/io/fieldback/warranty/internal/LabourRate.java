package io.fieldback.warranty.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;

/** A station's warranty labour rate from a day on (effective-dated: the latest start on or before a day wins). */
@Entity
@Table(name = "warranty_labour_rates")
class LabourRate extends BaseEntity {

    @Column(name = "station_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID stationId;

    @Column(name = "dealer_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID dealerId;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "hourly_rate", nullable = false, precision = 12, scale = 2)
    public BigDecimal hourlyRate;

    @Column(nullable = false, length = 3)
    public String currency;

    /** A withdrawn rate is never in force; it stays for the record. */
    @Column(nullable = false)
    public boolean active = true;

    static List<LabourRate> forStations(Collection<UUID> stationIds) {
        return stationIds.isEmpty() ? List.of() : list("stationId in ?1 and active = true order by validFrom", stationIds);
    }

    static LabourRate at(UUID stationId, LocalDate validFrom) {
        return find("stationId = ?1 and validFrom = ?2", stationId, validFrom).firstResult();
    }
}
