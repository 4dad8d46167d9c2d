package io.fieldback.station.internal;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.ETags;
import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.region.ProvinceMoved;
import io.fieldback.region.Regions;
import io.fieldback.security.Caller;
import io.fieldback.security.Roles;
import io.fieldback.station.GreatCircle;
import io.fieldback.station.NearbyStations;
import io.fieldback.station.StationDistance;
import io.fieldback.station.StationRequest;
import io.fieldback.station.StationService;
import io.fieldback.station.StationView;

/** Service stations, their places and the nearest ones. */
@ApplicationScoped
class StationRegistry implements StationService {


    private final Caller caller;
    private final Regions regions;
    private final DataSource db;

    public StationRegistry(Caller caller, Regions regions, DataSource db) {
        this.caller = caller;
        this.regions = regions;
        this.db = db;
    }

    @Transactional
    public StationView create(StationRequest request) {
        UUID dealerId = caller.is(Roles.ADMIN) ? request.dealerId() : caller.confinedToDealer();
        if (dealerId == null) {
            throw ApiException.badRequest("dealerId", "must not be null");
        }
        if (Dealer.findById(dealerId) == null) {
            throw ApiException.badRequest("dealerId", "no dealer with this id");
        }
        requireFreeCode(request.code(), null);
        Station station = new Station();
        station.dealerId = dealerId;
        apply(station, request, regions.place(request.region(), request.province(), null));
        // flushed here so that a unique value taken meanwhile by a concurrent request fails inside
        // the service (409) rather than at commit (500)
        station.persistAndFlush();
        return Views.station(station);
    }

    @Transactional
    public StationView get(UUID id) {
        return Views.station(visible(id));
    }

    @Transactional
    public Page<StationView> list(UUID dealerId, String region, String province, Boolean active, PageParams paging) {
        Filter filter = new Filter().eq("e.dealerId", dealerId).eq("e.region", regions.regionFilter(region))
                .eq("e.province", regions.provinceFilter(province))
                .eq("e.active", active == null ? Boolean.TRUE : active)
                .eq("e.dealerId", caller.confinedToDealer()).eq("e.id", caller.confinedToStation());
        return Keyset.page(Station.class, filter, paging, Views::station);
    }

    @Transactional
    public StationView update(UUID id, StationRequest request, String ifMatch) {
        Station station = visible(id);
        ETags.require(ifMatch, station.version);
        requireFreeCode(request.code(), id);
        if (caller.is(Roles.ADMIN) && request.dealerId() != null && !request.dealerId().equals(station.dealerId)) {
            if (Dealer.findById(request.dealerId()) == null) {
                throw ApiException.badRequest("dealerId", "no dealer with this id");
            }
            station.dealerId = request.dealerId();
        }
        apply(station, request, regions.place(request.region(), request.province(), station.region));
        Station.flush();
        return Views.station(station);
    }

    /** A station's region is its province's: when an admin moves the province, its stations follow. */
    void onProvinceMoved(@Observes ProvinceMoved moved) {
        Station.update("region = ?1, version = version + 1, updatedAt = ?2 where province = ?3", moved.toRegion(),
                java.time.Instant.now(), moved.province());
    }

    @Transactional
    public void deactivate(UUID id) {
        visible(id).active = false;
    }

    /**
     * Active stations within radiusKm of a point, nearest first. A bounding box on the indexed
     * coordinates narrows the rows; the exact great-circle distance decides. The box is the smallest
     * one that holds the whole circle: its longitude half-width is asin(sin r / cos lat) (wider than
     * r / cos lat far from the equator), it wraps across the antimeridian, and it spans every
     * longitude when the circle contains a pole.
     */
    @Transactional
    public NearbyStations nearest(double latitude, double longitude, double radiusKm, int limit) {
        double[] box = box(latitude, longitude, radiusKm);
        List<NearbyStations.NearbyStation> found = Station
                .activeWithin(box[0], box[1], box[2], box[3], caller.confinedToDealer(), caller.confinedToStation())
                .stream()
                .map(s -> new NearbyStations.NearbyStation(Views.station(s),
                        round(distanceKm(latitude, longitude, s.latitude.doubleValue(), s.longitude.doubleValue()))))
                .filter(n -> n.distanceKm() <= radiusKm)
                .sorted(Comparator.comparingDouble(NearbyStations.NearbyStation::distanceKm))
                .limit(limit)
                .toList();
        return new NearbyStations(found);
    }

    /**
     * As {@link #nearest}, from the ids and coordinates alone: no Station entity is built (JFR: 12% of a search), and
     * no transaction is begun for this one read.
     */
    public List<StationDistance> nearestIds(double latitude, double longitude, double radiusKm, int limit) {
        double[] box = box(latitude, longitude, radiusKm);
        return Station.activePointsWithin(db, box[0], box[1], box[2], box[3], caller.confinedToDealer(),
                caller.confinedToStation()).stream()
                .map(r -> new StationDistance((UUID) r[0], round(distanceKm(latitude, longitude,
                        ((java.math.BigDecimal) r[1]).doubleValue(), ((java.math.BigDecimal) r[2]).doubleValue()))))
                .filter(n -> n.distanceKm() <= radiusKm)
                .sorted(Comparator.comparingDouble(StationDistance::distanceKm))
                .limit(limit)
                .toList();
    }

    /** The box {minLat, maxLat, minLon, maxLon} holding the circle (see {@link #nearest}). */
    private static double[] box(double latitude, double longitude, double radiusKm) {
        double angle = radiusKm / GreatCircle.EARTH_RADIUS_KM;
        double dLat = Math.toDegrees(angle);
        double cos = Math.cos(Math.toRadians(latitude));
        boolean pole = latitude + dLat >= 90 || latitude - dLat <= -90 || Math.sin(angle) >= cos;
        double dLon = pole ? 180 : Math.toDegrees(Math.asin(Math.sin(angle) / cos));
        return new double[] { latitude - dLat, latitude + dLat, longitude - dLon, longitude + dLon };
    }

    /** Ids of a dealer's active stations with these codes, by code; for bulk syncs. */
    @Transactional
    public java.util.Map<String, UUID> activeStationIdsByCode(UUID dealerId, java.util.Collection<String> codes) {
        if (codes.isEmpty()) {
            return java.util.Map.of();
        }
        return Station.<Station>list("dealerId = ?1 and active = true and code in ?2", dealerId, codes).stream()
                .collect(java.util.stream.Collectors.toMap(s -> s.code, s -> s.id));
    }

    /** A station whatever the caller's tenancy, or null; for features that check tenancy themselves (dispatch). */
    @Transactional
    public StationView find(UUID id) {
        Station station = id == null ? null : Station.findById(id);
        return station == null ? null : Views.station(station);
    }

    /**
     * The same dealer's other active stations within a radius of this one (dispatch borrows their
     * technicians); empty when the radius is 0 or the station is unknown.
     */
    @Transactional
    public java.util.List<UUID> neighboursOf(UUID stationId, double radiusKm) {
        Station home = Station.findById(stationId);
        if (home == null || radiusKm <= 0) {
            return java.util.List.of();
        }
        double lat = home.latitude.doubleValue();
        double lon = home.longitude.doubleValue();
        return Station.<Station>list("dealerId = ?1 and active = true and id <> ?2", home.dealerId, stationId).stream()
                .filter(s -> distanceKm(lat, lon, s.latitude.doubleValue(), s.longitude.doubleValue()) <= radiusKm)
                .map(s -> s.id).toList();
    }

    /** Every active station of the network, whatever the caller's tenancy (announcements address them). */
    @Transactional
    public java.util.List<StationView> activeStations() {
        return Station.<Station>list("active = true order by id").stream().map(Views::station).toList();
    }

    /** The dealer a station belongs to, for features that scope by dealer. Null when unknown. */
    @Transactional
    public UUID dealerOf(UUID stationId) {
        Station station = Station.findById(stationId);
        return station == null ? null : station.dealerId;
    }

    Station visible(UUID id) {
        Station station = Station.findById(id);
        if (station == null || !caller.canSeeStation(station.id, station.dealerId)) {
            throw ApiException.notFound("station " + id);
        }
        return station;
    }

    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        return GreatCircle.km(lat1, lon1, lat2, lon2);
    }

    private static double round(double km) {
        return Math.round(km * 1000) / 1000.0;
    }

    private static void requireFreeCode(String code, UUID self) {
        if (Station.codeTaken(code, self)) {
            throw ApiException.conflict("station code '" + code + "' is already taken");
        }
    }

    private static void apply(Station station, StationRequest request, Regions.Placement placement) {
        station.code = request.code();
        station.name = request.name();
        station.region = placement.region();
        station.province = placement.province();
        station.address = request.address();
        station.latitude = request.latitude();
        station.longitude = request.longitude();
        station.phone = request.phone();
        station.open24h = Boolean.TRUE.equals(request.open24h());
    }
}
