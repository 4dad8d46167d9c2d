package io.fieldback.station;

/**
 * The database view station publishes for other modules' reads (report labels, a station's dealer), created by
 * changeset 147; its columns are station's read contract, its table behind it is not.
 */
public final class StationFacts {

    /** A station: id, dealer_id, code, name. */
    public static final String STATIONS = "station_facts";

    private StationFacts() {
    }
}
