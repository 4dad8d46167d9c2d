package io.fieldback.dispatch.internal;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fieldback.dispatch.DayPlanView;
import io.fieldback.security.Roles;

@Path("/api/v1/day-plans/{id}")
@Tag(name = "Dispatch")
class DayPlanStatusResource {

    private final DayPlans plans;

    DayPlanStatusResource(DayPlans plans) {
        this.plans = plans;
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.STATION_MANAGER })
    @Operation(operationId = "getDayPlan", summary = "A day plan's status and, once DONE, its routes, score and broken constraints")
    public DayPlanView get(@PathParam("id") UUID id) {
        return plans.get(id);
    }
}
