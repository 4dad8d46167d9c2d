package io.fieldback.customer;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A machine's warranty as a claim checks it: its series, delivery, and warranty by date and by meter; read as
 * columns ({@link EquipmentService#coverageOf}) so that a bulk claim request does not load thousands of entities.
 */
public record MachineCoverage(UUID id, String serialNumber, String productSeries, LocalDate deliveryDate,
        LocalDate warrantyUntil, Integer warrantyLimit, WarrantyLimitUnit warrantyLimitUnit) {
}
