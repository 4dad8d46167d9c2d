package io.fieldback.dispatch.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.TimeSource;
import io.fieldback.dispatch.ArrivalFiguresView;
import io.fieldback.dispatch.ArrivalPromiseView;
import io.fieldback.security.Caller;
import io.fieldback.station.StationService;
import io.fieldback.station.StationView;
import io.fieldback.visit.RepairVisit;
import io.fieldback.visit.RepairVisits;

/** A station's dispatch: its queue and its arrival figures. */
@ApplicationScoped
class StationDispatch {

    private final Caller caller;
    private final TimeSource time;
    private final DispatchConfig config;
    private final StationService stations;
    private final RepairVisits visits;
    private final DispatchVisits dispatchVisits;
    private final Promises promises;

    StationDispatch(Caller caller, TimeSource time, DispatchConfig config, StationService stations, RepairVisits visits,
            DispatchVisits dispatchVisits, Promises promises) {
        this.caller = caller;
        this.time = time;
        this.config = config;
        this.stations = stations;
        this.visits = visits;
        this.dispatchVisits = dispatchVisits;
        this.promises = promises;
    }

    StationView visible(UUID stationId) {
        StationView station = stations.find(stationId);
        if (station == null || !caller.canSeeStation(station.id(), station.dealerId())) {
            throw ApiException.notFound("station " + stationId);
        }
        return station;
    }

    @Transactional
    List<ArrivalPromiseView> queue(UUID stationId) {
        visible(stationId);
        Instant now = time.now();
        return visits.openAt(stationId).stream().filter(v -> Assignment.liveOf(v.id()) == null)
                .map(dispatchVisits::ensure)
                .sorted(java.util.Comparator.comparing((DispatchVisit d) -> d.promisedBy).thenComparing(d -> d.visitId))
                .map(d -> d.view(config.defaultDuration(), now)).toList();
    }


    private java.time.Duration longestPromise() {
        return java.util.stream.Stream.of(config.promise().key(), config.promise().ordinary(), config.promise().potential())
                .max(java.util.Comparator.naturalOrder()).orElseThrow();
    }

    @Transactional
    ArrivalFiguresView figures(UUID stationId, YearMonth month) {
        visible(stationId);
        Instant from = month.atDay(1).atStartOfDay(config.timeZone()).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(config.timeZone()).toInstant();
        Instant now = time.now();
        Instant earliestRequest = from.minus(longestPromise());
        visits.requestedBetween(stationId, earliestRequest, to).forEach(dispatchVisits::ensure);
        List<DispatchVisit> due = DispatchVisit.list("stationId = ?1 and promisedBy >= ?2 and promisedBy < ?3", stationId,
                from, to);
        int onTime = 0;
        int late = 0;
        int overdue = 0;
        int open = 0;
        for (DispatchVisit d : due) {
            switch (d.promise(now)) {
                case "ON_TIME" -> onTime++;
                case "LATE" -> late++;
                case "OVERDUE" -> overdue++;
                default -> open++;
            }
        }
        int decided = onTime + late + overdue;
        Double rate = decided == 0 ? null : Math.round(1000.0 * onTime / decided) / 1000.0;
        return new ArrivalFiguresView(stationId, month.toString(), due.size(), onTime, late, overdue, open, rate);
    }
}
