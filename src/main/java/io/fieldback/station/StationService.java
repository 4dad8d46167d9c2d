package io.fieldback.station;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.fieldback.common.Page;
import io.fieldback.common.PageParams;

/** Service stations, within the caller's tenancy unless a method says otherwise (the station feature's facade). */
public interface StationService {

    StationView create(StationRequest request);

    StationView get(UUID id);

    Page<StationView> list(UUID dealerId, String region, String province, Boolean active, PageParams paging);

    StationView update(UUID id, StationRequest request, String ifMatch);

    void deactivate(UUID id);

    /** Active stations the caller may see within radiusKm of a point, nearest first, at most limit. */
    NearbyStations nearest(double latitude, double longitude, double radiusKm, int limit);

    /**
     * The same stations as {@link #nearest}, in the same order, as ids and distances only: read without loading the
     * stations, for searches that need nothing else of them (the free-slot search).
     */
    List<StationDistance> nearestIds(double latitude, double longitude, double radiusKm, int limit);

    /** Ids of a dealer's active stations with these codes, by code; for bulk syncs. */
    Map<String, UUID> activeStationIdsByCode(UUID dealerId, Collection<String> codes);

    /** A station whatever the caller's tenancy, or null; for features that check tenancy themselves (dispatch). */
    StationView find(UUID id);

    /**
     * The same dealer's other active stations within a radius of this one (dispatch borrows their
     * technicians); empty when the radius is 0 or the station is unknown.
     */
    List<UUID> neighboursOf(UUID stationId, double radiusKm);

    /** Every active station of the network, whatever the caller's tenancy (announcements address them). */
    List<StationView> activeStations();

    /** The dealer a station belongs to, for features that scope by dealer. Null when unknown. */
    UUID dealerOf(UUID stationId);
}
