package io.fieldback.engineering.internal;

import java.time.LocalDate;
import java.util.Comparator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;
import io.fieldback.customer.EquipmentView;
import io.fieldback.engineering.DesignChangeView;

/** A design change of a product series; it decides which machines have it. */
@Entity
@Table(name = "design_changes")
class DesignChange extends BaseEntity {

    /**
     * Serial order: a longer serial is later, equal lengths compare character by character, so "SN100" comes
     * after "SN99" as a serial counter would have it.
     */
    static final Comparator<String> SERIAL_ORDER = Comparator.comparingInt(String::length)
            .thenComparing(Comparator.naturalOrder());

    @Column(name = "change_number", nullable = false, length = 40, unique = true)
    public String changeNumber;

    @Column(name = "product_series", nullable = false, length = 64)
    public String productSeries;

    @Column(name = "applies_from_serial", length = 40)
    public String appliesFromSerial;

    @Column(name = "applies_from_date")
    public LocalDate appliesFromDate;

    @Column(length = 2000)
    public String description;

    @Column(name = "created_by", nullable = false, length = 200)
    public String createdBy;

    /** True when the machine has the change, false when not, null when it cannot be told (no delivery date). */
    Boolean applies(EquipmentView machine) {
        if (appliesFromSerial != null) {
            return SERIAL_ORDER.compare(machine.serialNumber(), appliesFromSerial) >= 0;
        }
        return machine.deliveryDate() == null ? null : !machine.deliveryDate().isBefore(appliesFromDate);
    }

    DesignChangeView view() {
        return new DesignChangeView(id, changeNumber, productSeries, appliesFromSerial, appliesFromDate, description,
                createdBy, version, createdAt, updatedAt);
    }
}
