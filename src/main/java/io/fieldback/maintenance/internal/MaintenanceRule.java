package io.fieldback.maintenance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;
import io.fieldback.maintenance.RuleMode;
import io.fieldback.maintenance.RuleView;
import io.fieldback.visit.MeterUnit;

/** The maker's service intervals for one product series. */
@Entity
@Table(name = "maintenance_rules")
class MaintenanceRule extends BaseEntity {

    @Column(name = "product_series", nullable = false, length = 64)
    public String productSeries;

    @Enumerated(EnumType.STRING)
    @Column(name = "meter_unit", length = 8)
    public MeterUnit meterUnit;

    @Column(name = "first_meter")
    public Integer firstMeter;

    @Column(name = "first_months")
    public Integer firstMonths;

    @Column(name = "every_meter")
    public Integer everyMeter;

    @Column(name = "every_months")
    public Integer everyMonths;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public RuleMode mode;

    static MaintenanceRule forSeries(String series) {
        return find("productSeries", series).firstResult();
    }

    RuleView view() {
        return new RuleView(id, productSeries, meterUnit, firstMeter, firstMonths, everyMeter, everyMonths, mode,
                version, createdAt, updatedAt);
    }
}
