package io.fieldback.station;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Active stations within a radius, nearest first. */
@Schema(name = "NearbyStations")
public record NearbyStations(List<NearbyStation> items) {

    @Schema(name = "NearbyStation")
    public record NearbyStation(StationView station, @Schema(description = "great-circle distance") double distanceKm) {
    }
}
