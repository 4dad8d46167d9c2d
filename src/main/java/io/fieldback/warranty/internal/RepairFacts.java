package io.fieldback.warranty.internal;

import java.time.LocalDate;
import java.util.UUID;

import io.fieldback.warranty.ReadingUnit;

/**
 * What a claim needs to know about the repair it claims for and the machine repaired: read from the
 * visit and customer features' public classes by {@link RepairFactsReader}, never from their tables.
 */
record RepairFacts(UUID visitId, UUID stationId, UUID dealerId, boolean completed, LocalDate repairedOn,
        UUID equipmentId, String serialNumber, String productSeries, LocalDate deliveryDate, LocalDate warrantyUntil,
        Integer warrantyLimit, ReadingUnit warrantyLimitUnit, Integer meterReading, ReadingUnit meterUnit) {
}
