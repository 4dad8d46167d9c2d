package io.fieldback.dispatch.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fieldback.common.ApiException;
import io.fieldback.common.TimeSource;
import io.fieldback.dispatch.DayPlanView;
import io.fieldback.security.Caller;
import io.fieldback.station.StationView;

/** Day-plan jobs as the dispatcher sees them: ask for one, read its status and result. */
@ApplicationScoped
class DayPlans {

    static final String QUEUED = "QUEUED";
    static final String RUNNING = "RUNNING";
    static final String DONE = "DONE";
    static final String FAILED = "FAILED";

    private final Caller caller;
    private final TimeSource time;
    private final DispatchConfig config;
    private final StationDispatch stations;
    private final ObjectMapper json;

    DayPlans(Caller caller, TimeSource time, DispatchConfig config, StationDispatch stations, ObjectMapper json) {
        this.caller = caller;
        this.time = time;
        this.config = config;
        this.stations = stations;
        this.json = json;
    }

    @Transactional
    DayPlanView request(UUID stationId, LocalDate date) {
        StationView station = stations.visible(stationId);
        LocalDate today = time.now().atZone(config.timeZone()).toLocalDate();
        if (date.isBefore(today)) {
            throw ApiException.badRequest("date", date + " is past (today is " + today + " in "
                    + config.timeZone() + "); a day is planned on or before it");
        }
        if (date.isAfter(today.plusDays(60))) {
            throw ApiException.badRequest("date", "plans reach at most 60 days ahead");
        }
        DayPlan plan = new DayPlan();
        plan.stationId = stationId;
        plan.dealerId = station.dealerId();
        plan.date = date;
        plan.status = QUEUED;
        plan.requestedBy = caller.name();
        plan.persist();
        return view(plan);
    }

    @Transactional
    DayPlanView get(UUID planId) {
        DayPlan plan = DayPlan.findById(planId);
        if (plan == null || !caller.canSeeStation(plan.stationId, plan.dealerId)) {
            throw ApiException.notFound("day plan " + planId);
        }
        return view(plan);
    }

    DayPlanView view(DayPlan plan) {
        DayPlanView.Result result = null;
        if (plan.result != null) {
            try {
                result = json.readValue(plan.result, DayPlanView.Result.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("unreadable plan result", e);
            }
        }
        return new DayPlanView(plan.id, plan.stationId, plan.date, plan.status, plan.score, plan.feasible, result,
                plan.error, plan.createdAt, plan.startedAt, plan.finishedAt);
    }

    String write(DayPlanView.Result result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    Instant now() {
        return time.now();
    }
}
