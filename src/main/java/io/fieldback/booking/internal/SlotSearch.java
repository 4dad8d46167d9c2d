package io.fieldback.booking.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.booking.FreeSlot;
import io.fieldback.common.ApiException;
import io.fieldback.maintenance.MaintenancePlans;
import io.fieldback.station.NearbyStations;
import io.fieldback.station.StationService;

/** Free slots across the stations nearest a point or a machine, nearest station first, then earliest slot. */
@ApplicationScoped
class SlotSearch {

    record Query(UUID equipmentId, Double latitude, Double longitude, double radiusKm, int stations, LocalDate from,
            LocalDate to, int limit) {
    }

    private final StationService stations;
    private final CapacityService capacity;
    private final MaintenancePlans plans;

    SlotSearch(StationService stations, CapacityService capacity, MaintenancePlans plans) {
        this.stations = stations;
        this.capacity = capacity;
        this.plans = plans;
    }

    @Transactional
    public List<FreeSlot> search(Query q) {
        capacity.requireRange(q.from(), q.to());
        double[] point = point(q);
        List<FreeSlot> found = new ArrayList<>();
        for (NearbyStations.NearbyStation near : stations.nearest(point[0], point[1], q.radiusKm(), q.stations()).items()) {
            SlotCalendar calendar = capacity.calendar(near.station().id());
            if (calendar != null) {
                found.addAll(capacity.free(near.station().id(), calendar, q.from(), q.to(), near.distanceKm()));
            }
        }
        found.sort(Comparator.comparing(FreeSlot::distanceKm).thenComparing(FreeSlot::startsAt));
        return found.stream().limit(q.limit()).toList();
    }

    /** The search point: given, or the station that last serviced (or holds the booking of) the machine. */
    private double[] point(Query q) {
        if (q.latitude() != null && q.longitude() != null) {
            return new double[] { q.latitude(), q.longitude() };
        }
        if (q.equipmentId() == null) {
            throw ApiException.badRequest("latitude", "give latitude and longitude, or equipmentId");
        }
        UUID station = plans.openItemOf(q.equipmentId()).map(i -> i.stationId()).orElse(null);
        if (station == null) {
            throw ApiException.badRequest("equipmentId", "the machine has no servicing station yet: give latitude and longitude");
        }
        var view = stations.get(station);
        return new double[] { view.latitude().doubleValue(), view.longitude().doubleValue() };
    }
}
