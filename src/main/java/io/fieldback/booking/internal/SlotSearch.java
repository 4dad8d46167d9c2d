package io.fieldback.booking.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import io.fieldback.booking.FreeSlot;
import io.fieldback.common.ApiException;
import io.fieldback.maintenance.MaintenancePlans;
import io.fieldback.station.StationDistance;
import io.fieldback.station.StationService;
import io.quarkus.hibernate.orm.panache.Panache;

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
        readOnly();
        double[] point = point(q);
        List<StationDistance> nearest = stations.nearestIds(point[0], point[1], q.radiusKm(), q.stations());
        List<UUID> ids = nearest.stream().map(StationDistance::stationId).toList();
        // the calendars and taken places of all these stations in one query per table, not queries per station
        Map<UUID, SlotCalendar> calendars = capacity.calendars(ids);
        Map<UUID, Map<Instant, Integer>> taken = SlotLedger.taken(calendars.keySet(), capacity.startOf(q.from()),
                capacity.startOf(q.to().plusDays(1)));
        List<FreeSlot> found = new ArrayList<>();
        for (int i = 0; i < nearest.size(); i++) {
            StationDistance near = nearest.get(i);
            // nearest first: once the page is full, a farther station's slots all sort after it (not so a station
            // at the same distance, whose slots interleave by time)
            if (found.size() >= q.limit() && near.distanceKm() > nearest.get(i - 1).distanceKm()) {
                break;
            }
            SlotCalendar calendar = calendars.get(near.stationId());
            if (calendar != null) {
                found.addAll(capacity.free(near.stationId(), calendar, q.from(), q.to(), near.distanceKm(),
                        taken.getOrDefault(near.stationId(), Map.of()), q.limit()));
            }
        }
        found.sort(Comparator.comparing(FreeSlot::distanceKm).thenComparing(FreeSlot::startsAt));
        return found.stream().limit(q.limit()).toList();
    }

    /**
     * A read: nothing loaded (the stations around, their capacity) is kept for dirty checking, and nothing is
     * flushed: no query or commit walks the loaded stations for changes (JFR: 5% of a search).
     */
    private static void readOnly() {
        Session session = Panache.getEntityManager().unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(org.hibernate.FlushMode.MANUAL);
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
