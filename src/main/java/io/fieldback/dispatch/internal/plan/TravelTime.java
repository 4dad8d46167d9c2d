package io.fieldback.dispatch.internal.plan;

import io.fieldback.station.GreatCircle;

/** Seconds to drive from one point (latitude, longitude) to another; pluggable (a road-network service later). */
public interface TravelTime {

    long seconds(double[] from, double[] to);

    /** Great-circle distance at a constant speed: the default, needing no map. */
    static TravelTime greatCircle(double kmPerHour) {
        return (from, to) -> Math.round(GreatCircle.km(from, to) / kmPerHour * 3600);
    }
}
