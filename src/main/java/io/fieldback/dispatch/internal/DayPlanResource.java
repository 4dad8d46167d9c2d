package io.fieldback.dispatch.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.fieldback.dispatch.DayPlanView;
import io.fieldback.security.Roles;

@Path("/api/v1/stations/{id}/day-plans")
@Tag(name = "Dispatch")
class DayPlanResource {

    private final DayPlans plans;
    private final DayPlanRunner runner;

    DayPlanResource(DayPlans plans, DayPlanRunner runner) {
        this.plans = plans;
        this.runner = runner;
    }

    @Schema(name = "DayPlanRequest", example = """
            {"date": "2026-12-14"}""")
    record PlanRequest(@NotNull @Schema(description = "today or a later day, in the dispatch time zone") LocalDate date) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.STATION_MANAGER })
    @Operation(operationId = "planStationDay", summary = "Plan a day of the station: assign and order its open visits across its technicians (202 + job)",
            description = "Timefold Solver under fieldback.dispatch.plan.time-limit: time windows, durations, great-circle travel at "
                    + "fieldback.dispatch.travel-speed-kmh, shifts, daily caps, skills; accepted assignments stay where they are. The "
                    + "result is published as assignments to the technicians' phones (their delta feed). A past day: 400.")
    public RestResponse<DayPlanView> plan(@PathParam("id") UUID stationId, @NotNull @Valid PlanRequest body,
            @jakarta.ws.rs.core.Context UriInfo uri) {
        DayPlanView plan = plans.request(stationId, body.date());
        runner.startSoon();
        return RestResponse.ResponseBuilder.<DayPlanView>create(202).entity(plan)
                .location(uri.getBaseUriBuilder().path("api/v1/day-plans/{id}").build(plan.id())).build();
    }
}
