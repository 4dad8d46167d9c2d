package io.fieldback.booking.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Time;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.fieldback.booking.FreeSlot;
import io.fieldback.common.ApiException;
import io.fieldback.common.ETags;
import io.fieldback.common.TimeSource;
import io.fieldback.security.Caller;
import io.fieldback.station.StationService;
import io.quarkus.hibernate.orm.panache.Panache;

/** Stations' weekly hours, bays, slot length and closures, and the free slots they leave. */
@ApplicationScoped
class CapacityService {

    private final Caller caller;
    private final StationService stations;
    private final BookingConfig config;
    private final TimeSource time;

    CapacityService(Caller caller, StationService stations, BookingConfig config, TimeSource time) {
        this.caller = caller;
        this.stations = stations;
        this.config = config;
        this.time = time;
    }

    @Transactional
    public CapacityView put(UUID stationId, CapacityRequest request, String ifMatch) {
        UUID dealerId = visibleStation(stationId);
        for (CapacityRequest.Opening h : request.openingHours()) {
            if (!h.opens().isBefore(h.closes())) {
                throw ApiException.badRequest("openingHours", h.day() + " opens at " + h.opens() + " but closes at " + h.closes());
            }
        }
        StationCapacity capacity = StationCapacity.findById(stationId);
        Instant now = time.now();
        if (capacity == null) {
            capacity = new StationCapacity();
            capacity.stationId = stationId;
            capacity.createdAt = now;
        } else if (ifMatch != null) {
            ETags.require(ifMatch, capacity.version);
        }
        capacity.dealerId = dealerId;
        capacity.slotMinutes = request.slotMinutes();
        capacity.bays = request.bays();
        capacity.updatedAt = now;
        capacity.persist();
        replaceRows(stationId, request);
        StationCapacity.flush();
        return view(capacity);
    }

    @Transactional
    public CapacityView get(UUID stationId) {
        visibleStation(stationId);
        StationCapacity capacity = StationCapacity.findById(stationId);
        if (capacity == null) {
            throw ApiException.notFound("capacity of station " + stationId);
        }
        return view(capacity);
    }

    /** Free slots of one station, from today on, for a day range (inclusive). */
    @Transactional
    public List<FreeSlot> freeSlots(UUID stationId, LocalDate from, LocalDate to) {
        visibleStation(stationId);
        requireRange(from, to);
        SlotCalendar calendar = calendar(stationId);
        return calendar == null ? List.of() : free(stationId, calendar, from, to, null);
    }

    void requireRange(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw ApiException.badRequest(from == null ? "from" : "to", "give the day range: from and to (inclusive)");
        }
        if (to.isBefore(from) || to.isAfter(from.plusDays(config.maxDays() - 1))) {
            throw ApiException.badRequest("to", "must be from `from` to " + config.maxDays() + " days after it");
        }
    }

    /** The future slots of a station with room left, and how many bays each still has. */
    List<FreeSlot> free(UUID stationId, SlotCalendar calendar, LocalDate from, LocalDate to, Double distanceKm) {
        return free(stationId, calendar, from, to, distanceKm, taken(stationId, from, to), time.now(), Integer.MAX_VALUE);
    }

    /** The first {@code limit} free slots of a station starting after an instant (and after now), in time order. */
    List<FreeSlot> freeAfter(UUID stationId, SlotCalendar calendar, LocalDate from, LocalDate to, Instant after, int limit) {
        Instant now = time.now();
        return free(stationId, calendar, from, to, null, taken(stationId, from, to), after.isAfter(now) ? after : now,
                limit);
    }

    /**
     * As above, with the station's taken places (over at least these days) already read, and at most {@code limit}
     * slots: the walk stops there rather than building every slot of the range.
     */
    List<FreeSlot> free(UUID stationId, SlotCalendar calendar, LocalDate from, LocalDate to, Double distanceKm,
            Map<Instant, Integer> taken, int limit) {
        return free(stationId, calendar, from, to, distanceKm, taken, time.now(), limit);
    }

    private static List<FreeSlot> free(UUID stationId, SlotCalendar calendar, LocalDate from, LocalDate to,
            Double distanceKm, Map<Instant, Integer> taken, Instant after, int limit) {
        List<FreeSlot> found = new ArrayList<>();
        calendar.walk(from, to, s -> {
            int free = calendar.bays() - taken.getOrDefault(s.startsAt(), 0);
            if (free > 0 && s.startsAt().isAfter(after)) {
                found.add(new FreeSlot(stationId, s.startsAt(), s.endsAt(), free, distanceKm));
            }
            return found.size() < limit;
        });
        return found;
    }

    private Map<Instant, Integer> taken(UUID stationId, LocalDate from, LocalDate to) {
        return SlotLedger.taken(List.of(stationId), startOf(from), startOf(to.plusDays(1))).getOrDefault(stationId, Map.of());
    }

    /** A station's calendar, or null when it takes no bookings. */
    SlotCalendar calendar(UUID stationId) {
        StationCapacity capacity = StationCapacity.findById(stationId);
        if (capacity == null) {
            return null;
        }
        return new SlotCalendar(capacity.slotMinutes, capacity.bays, CapacityRows.hours(stationId),
                new HashSet<>(CapacityRows.closures(stationId).stream().map(CapacityRequest.Closure::date).toList()),
                config.timeZone());
    }

    /** The calendars of those of these stations that take bookings, by station, read on this connection. */
    Map<UUID, SlotCalendar> calendars(Connection c, List<UUID> stationIds, LocalDate from, LocalDate to)
            throws SQLException {
        return CapacityRows.calendars(c, stationIds, from, to, config.timeZone());
    }

    /** The first instant of a calendar day in the stations' zone. */
    Instant startOf(LocalDate day) {
        return day.atStartOfDay(config.timeZone()).toInstant();
    }

    /** The station's dealer, when the caller may manage it; 404 otherwise. */
    UUID visibleStation(UUID stationId) {
        UUID dealerId = stations.dealerOf(stationId);
        if (dealerId == null || !caller.canSeeStation(stationId, dealerId)) {
            throw ApiException.notFound("station " + stationId);
        }
        return dealerId;
    }

    private CapacityView view(StationCapacity c) {
        return new CapacityView(c.stationId, c.stationId, c.slotMinutes, c.bays, CapacityRows.hours(c.stationId),
                CapacityRows.closures(c.stationId),
                c.version, c.createdAt, c.updatedAt);
    }

    private static void replaceRows(UUID stationId, CapacityRequest request) {
        EntityManager em = Panache.getEntityManager();
        em.createNativeQuery("DELETE FROM station_opening_hours WHERE station_id = ?1").setParameter(1, stationId)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM station_closures WHERE station_id = ?1").setParameter(1, stationId)
                .executeUpdate();
        Map<String, Boolean> seen = new HashMap<>();
        for (CapacityRequest.Opening h : request.openingHours()) {
            if (seen.put(h.day() + "/" + h.opens(), true) != null) {
                throw ApiException.badRequest("openingHours", h.day() + " " + h.opens() + " is given twice");
            }
            em.createNativeQuery("INSERT INTO station_opening_hours (station_id, day_of_week, opens, closes) "
                    + "VALUES (?1, ?2, ?3, ?4)").setParameter(1, stationId).setParameter(2, h.day().getValue())
                    .setParameter(3, Time.valueOf(h.opens())).setParameter(4, Time.valueOf(h.closes())).executeUpdate();
        }
        for (CapacityRequest.Closure c : request.closures() == null ? List.<CapacityRequest.Closure>of() : request.closures()) {
            em.createNativeQuery("INSERT IGNORE INTO station_closures (station_id, closed_on, reason) VALUES (?1, ?2, ?3)")
                    .setParameter(1, stationId).setParameter(2, c.date()).setParameter(3, c.reason()).executeUpdate();
        }
    }
}
