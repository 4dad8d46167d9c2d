package io.fieldback.survey.internal.rows;

import java.util.UUID;

/** Who a row is about, as far as its keys tell: the customer, and the machine and visit when named. */
public record Target(UUID customerId, String relationship, String importance, String region, UUID dealerId,
        UUID equipmentId, String productSeries, UUID visitId, UUID stationId) {

    /** The visit's customer and dealer with the machine of {@code unit}. */
    Target withUnit(Target unit) {
        return new Target(customerId, relationship, importance, region, dealerId, unit.equipmentId(),
                unit.productSeries(), visitId, stationId);
    }
}
