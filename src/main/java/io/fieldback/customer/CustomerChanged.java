package io.fieldback.customer;

import java.util.UUID;

/**
 * A fact that decides whether and how a customer may be called changed: do-not-call, relationship, a
 * contact, or a unit of equipment (its delivery date, its series). Fired as a CDI event inside the
 * transaction that makes the change, so a listener's work commits or rolls back with it.
 */
public record CustomerChanged(UUID customerId, String what) {
}
