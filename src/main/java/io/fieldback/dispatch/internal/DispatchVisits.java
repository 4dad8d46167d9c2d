package io.fieldback.dispatch.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.TimeSource;
import io.fieldback.customer.CustomerService;
import io.fieldback.customer.CustomerView;
import io.fieldback.dispatch.ArrivalPromiseView;
import io.fieldback.security.Caller;
import io.fieldback.visit.RepairVisit;
import io.fieldback.visit.RepairVisits;

/** Visits as dispatch sees them: tenancy, and the dispatch facts made on first sight (the promise). */
@ApplicationScoped
class DispatchVisits {

    private final Caller caller;
    private final TimeSource time;
    private final DispatchConfig config;
    private final RepairVisits visits;
    private final CustomerService customers;
    private final Promises promises;

    DispatchVisits(Caller caller, TimeSource time, DispatchConfig config, RepairVisits visits, CustomerService customers,
            Promises promises) {
        this.promises = promises;
        this.caller = caller;
        this.time = time;
        this.config = config;
        this.visits = visits;
        this.customers = customers;
    }

    /** A visit the caller dispatches (its station's manager, an admin); 404 otherwise. */
    RepairVisit visible(UUID visitId) {
        RepairVisit visit = visits.find(visitId);
        if (visit == null || !caller.canSeeStation(visit.stationId(), visit.dealerId())) {
            throw ApiException.notFound("visit " + visitId);
        }
        return visit;
    }

    /**
     * The visit's dispatch facts, made when dispatch first meets the visit (its queue, candidates, an
     * assignment, a plan, the figures): window = request .. promise, and the promise's clock starts.
     */
    @Transactional
    DispatchVisit ensure(RepairVisit visit) {
        DispatchVisit facts = DispatchVisit.findById(visit.id());
        if (facts != null) {
            if (facts.arrivedAt == null && visit.arrivedAt() != null) {
                facts.arrivedAt = visit.arrivedAt(); // arrived through the visit's own timeline
            }
            return facts;
        }
        facts = new DispatchVisit();
        facts.visitId = visit.id();
        facts.stationId = visit.stationId();
        facts.dealerId = visit.dealerId();
        facts.customerId = visit.customerId();
        facts.requestedAt = visit.requestedAt();
        facts.promisedBy = visit.requestedAt().plus(promiseFor(customers.find(visit.customerId())));
        facts.windowStart = visit.requestedAt();
        facts.windowEnd = facts.promisedBy;
        facts.arrivedAt = visit.arrivedAt();
        facts.persist();
        promises.start(facts);
        return facts;
    }

    @Transactional
    ArrivalPromiseView details(UUID visitId) {
        return ensure(visible(visitId)).view(config.defaultDuration(), time.now());
    }

    @Transactional
    ArrivalPromiseView putDetails(UUID visitId, DetailsRequest request) {
        DispatchVisit facts = ensure(visible(visitId));
        requireStorable("windowStart", request.windowStart());
        requireStorable("windowEnd", request.windowEnd());
        if (!request.windowEnd().isAfter(request.windowStart())) {
            throw ApiException.badRequest("windowEnd", "must be after windowStart");
        }
        if ((request.latitude() == null) != (request.longitude() == null)) {
            throw ApiException.badRequest(request.latitude() == null ? "latitude" : "longitude",
                    "a site needs both latitude and longitude (or neither: the station's position)");
        }
        facts.latitude = request.latitude() == null ? null : BigDecimal.valueOf(request.latitude());
        facts.longitude = request.longitude() == null ? null : BigDecimal.valueOf(request.longitude());
        facts.windowStart = request.windowStart().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        facts.windowEnd = request.windowEnd().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        facts.durationMinutes = request.durationMinutes();
        DispatchVisit.flush();
        return facts.view(config.defaultDuration(), time.now());
    }

    /** The database keeps instants of years 1000-9999; a window outside 2000-9998 is a typo anyway. */
    static void requireStorable(String field, java.time.Instant at) {
        if (at != null && (at.isBefore(java.time.Instant.parse("2000-01-01T00:00:00Z"))
                || at.isAfter(java.time.Instant.parse("9998-12-31T00:00:00Z")))) {
            throw ApiException.badRequest(field, "must lie between the years 2000 and 9998");
        }
    }

    private Duration promiseFor(CustomerView customer) {
        return promises.promiseFor(customer == null ? null : customer.importance());
    }
}
