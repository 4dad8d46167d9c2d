package io.fieldback.visit;

/**
 * The database view visit publishes for other modules' set-based reads (a complaint's or a figure's dealer and
 * station scope, privacy's "visited by this station"), created by changeset 146; its columns are visit's read
 * contract, its table behind it is not.
 */
public final class VisitFacts {

    /** A visit: id, customer_id, dealer_id, station_id. */
    public static final String VISITS = "visit_facts";

    private VisitFacts() {
    }
}
