package io.fieldback.station;

import java.util.UUID;

/** A station's id and its great-circle distance from a search point (km, rounded to metres); no other detail. */
public record StationDistance(UUID stationId, double distanceKm) {
}
