package io.fieldback.warranty.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;

/** A labour operation and its standard hours for one product series. */
@Entity
@Table(name = "warranty_operation_codes")
class OperationCode extends BaseEntity {

    @Column(nullable = false, length = 40)
    public String code;

    @Column(name = "product_series", nullable = false, length = 64)
    public String productSeries;

    @Column(nullable = false, length = 500)
    public String description;

    @Column(name = "standard_hours", nullable = false, precision = 7, scale = 2)
    public BigDecimal standardHours;

    @Column(nullable = false)
    public boolean active = true;

    static List<OperationCode> activeFor(Collection<String> series) {
        return series.isEmpty() ? List.of() : list("productSeries in ?1 and active = true", series);
    }

    static OperationCode of(String code, String series) {
        return find("code = ?1 and productSeries = ?2", code, series).firstResult();
    }
}
