package io.fieldback.customer;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A delivered machine as a nightly job over the fleet reads it: its columns and its owner's dealer, no entity
 * (the forecast pages through every machine; entities would cost most of its time).
 */
public record MachineDelivery(UUID id, UUID customerId, UUID dealerId, String productSeries, LocalDate deliveredOn) {
}
