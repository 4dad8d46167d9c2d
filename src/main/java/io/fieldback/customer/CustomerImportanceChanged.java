package io.fieldback.customer;

import java.util.UUID;

/**
 * Recorded (outbox) when a customer's importance changes: what is owed to the customer follows it, e.g. the
 * arrival promise of visits still waiting for a technician (dispatch consumes it).
 */
public record CustomerImportanceChanged(UUID customerId, Importance from, Importance to) {

    public static final String TOPIC = "customer.importance-changed";
}
