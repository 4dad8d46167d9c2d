package io.fieldback.customer;

import java.util.UUID;

/**
 * The customer's region, province or importance changed: the segments its calls are counted under in the
 * figures. Fired as a CDI event inside the transaction that makes the change.
 */
public record CustomerSegmentChanged(UUID customerId) {
}
