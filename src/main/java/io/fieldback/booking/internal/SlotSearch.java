package io.fieldback.booking.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.booking.FreeSlot;
import io.fieldback.common.ApiException;
import io.fieldback.maintenance.MaintenancePlans;
import io.fieldback.station.StationDistance;
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
    private final DataSource db;

    SlotSearch(StationService stations, CapacityService capacity, MaintenancePlans plans, DataSource db) {
        this.stations = stations;
        this.capacity = capacity;
        this.plans = plans;
        this.db = db;
    }

    /**
     * No transaction and no Hibernate session: a few plain reads, each a statement of its own (JFR: HQL translation,
     * Hibernate's row handling and the transaction's own statements were most of a search). A booking still checks
     * its slot atomically; a search is a view of the moment.
     */
    public List<FreeSlot> search(Query q) {
        capacity.requireRange(q.from(), q.to());
        double[] point = point(q);
        List<StationDistance> nearest = stations.nearestIds(point[0], point[1], q.radiusKm(), q.stations());
        List<UUID> ids = nearest.stream().map(StationDistance::stationId).toList();
        Map<UUID, SlotCalendar> calendars;
        Map<UUID, Map<Instant, Integer>> taken;
        // the calendars and taken places of all these stations in one query per table, not queries per station
        try (Connection c = db.getConnection()) {
            calendars = capacity.calendars(c, ids, q.from(), q.to());
            taken = SlotLedger.taken(c, calendars.keySet(), capacity.startOf(q.from()),
                    capacity.startOf(q.to().plusDays(1)));
        } catch (SQLException e) {
            throw new IllegalStateException("free slots not read", e);
        }
        return page(q, nearest, calendars, taken);
    }

    /** Nearest station first, then earliest slot, at most the query's limit. */
    private List<FreeSlot> page(Query q, List<StationDistance> nearest, Map<UUID, SlotCalendar> calendars,
            Map<UUID, Map<Instant, Integer>> taken) {
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
