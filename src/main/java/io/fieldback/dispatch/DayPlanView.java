package io.fieldback.dispatch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A station's day plan: the job's status and, once DONE, each technician's ordered day and what the plan breaks. */
@Schema(name = "DayPlan")
public record DayPlanView(UUID id, UUID stationId, LocalDate date,
        @Schema(description = "QUEUED, RUNNING, DONE or FAILED") String status,
        @Schema(nullable = true, description = "hard/medium/soft: broken hard rules, unplanned visits, travel minutes") String score,
        @Schema(nullable = true) Boolean feasible, @Schema(nullable = true) Result result,
        @Schema(nullable = true) String error, Instant createdAt, @Schema(nullable = true) Instant startedAt,
        @Schema(nullable = true) Instant finishedAt) {

    @Schema(name = "DayPlanResult")
    public record Result(List<RouteView> routes, List<UUID> unplanned, long travelMinutes,
            @Schema(description = "the same day planned nearest-first by hand (whoever is free takes the nearest visit), for comparison") long greedyTravelMinutes,
            @Schema(description = "visits the nearest-first plan could not place") int greedyUnplanned,
            @Schema(description = "every constraint the plan does not fully meet, with its matches") List<Broken> broken,
            @Schema(description = "visits whose facts changed while the plan was computed; left as they were") List<String> skipped) {
    }

    @Schema(name = "DayPlanRoute")
    public record RouteView(UUID technicianId, String name, long travelMinutes, List<StopView> stops) {
    }

    @Schema(name = "DayPlanStop")
    public record StopView(UUID visitId, int sequence, Instant arrival, Instant start, Instant end, long travelMinutes,
            @Schema(description = "an accepted assignment the plan kept") boolean pinned) {
    }

    @Schema(name = "DayPlanBrokenConstraint")
    public record Broken(String constraint, @Schema(description = "HARD, MEDIUM or SOFT") String level, long penalty,
            int matches, List<String> details) {
    }
}
