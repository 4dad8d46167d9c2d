package io.fieldback.dispatch.internal;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fieldback.dispatch.ArrivalFiguresView;
import io.fieldback.dispatch.ArrivalPromiseView;
import io.fieldback.security.Roles;

@Path("/api/v1/stations/{id}")
@Tag(name = "Dispatch")
class QueueResource {

    private final StationDispatch service;

    QueueResource(StationDispatch service) {
        this.service = service;
    }

    @GET
    @Path("dispatch-queue")
    @RolesAllowed({ Roles.ADMIN, Roles.STATION_MANAGER })
    @Operation(operationId = "listDispatchQueue", summary = "The station's open visits that no technician holds (new, declined, withdrawn), the earliest promise first")
    public List<ArrivalPromiseView> queue(@PathParam("id") UUID stationId) {
        return service.queue(stationId);
    }

    @GET
    @Path("arrival-figures")
    @RolesAllowed({ Roles.ADMIN, Roles.STATION_MANAGER, Roles.ANALYST })
    @Operation(operationId = "getArrivalFigures", summary = "On-time arrival rate of the station for the visits whose promise fell in a month (dispatch time zone)")
    public ArrivalFiguresView figures(@PathParam("id") UUID stationId,
            @QueryParam("month") @NotNull @Pattern(regexp = "(20\\d\\d|2[1-9]\\d\\d)-(0[1-9]|1[0-2])") String month) {
        return service.figures(stationId, java.time.YearMonth.parse(month));
    }
}
