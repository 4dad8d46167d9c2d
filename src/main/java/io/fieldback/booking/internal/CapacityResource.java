package io.fieldback.booking.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.fieldback.booking.FreeSlot;
import io.fieldback.common.Responses;
import io.fieldback.security.Roles;

@Path("/api/v1/stations/{id}")
@Tag(name = "Booking")
class CapacityResource {

    private final CapacityService service;
    private final BookingFigures figures;

    CapacityResource(CapacityService service, BookingFigures figures) {
        this.service = service;
        this.figures = figures;
    }

    @GET
    @Path("maintenance-figures")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AGENT, Roles.DEALER, Roles.STATION_MANAGER })
    @Operation(operationId = "getStationMaintenanceFigures", summary = "A station's month: services due vs done on time, overdue backlog, no-show rate, booking lead time, utilisation",
            description = "Roles: admin, analyst, agent; a dealer for its stations; a station manager for its own. month=YYYY-MM.")
    public BookingFigures.Figures figures(@PathParam("id") UUID stationId, @QueryParam("month") String month) {
        return figures.of(stationId, month);
    }

    @PUT
    @Path("capacity")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.DEALER, Roles.STATION_MANAGER })
    @Operation(operationId = "putStationCapacity", summary = "A station's weekly opening hours, bays per slot, slot length and closures",
            description = "Roles: admin; a dealer for its stations; a station manager for its own. Replaces the whole "
                    + "calendar (If-Match optional). Booked appointments stay; a slot whose bays shrank takes no new bookings until it has room.")
    public RestResponse<CapacityView> put(@PathParam("id") UUID stationId, @NotNull @Valid CapacityRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(service.put(stationId, body, ifMatch));
    }

    @GET
    @Path("capacity")
    @RolesAllowed({ Roles.ADMIN, Roles.AGENT, Roles.ANALYST, Roles.DEALER, Roles.STATION_MANAGER })
    @Operation(operationId = "getStationCapacity", summary = "A station's booking calendar (404 before one is set)")
    public RestResponse<CapacityView> get(@PathParam("id") UUID stationId) {
        return Responses.ok(service.get(stationId));
    }

    @GET
    @Path("free-slots")
    @RolesAllowed({ Roles.ADMIN, Roles.AGENT, Roles.DEALER, Roles.STATION_MANAGER })
    @Operation(operationId = "listStationFreeSlots", summary = "A station's free slots for a day range (inclusive, at most 31 days)",
            description = "Roles: admin, agent (call centre), the station's dealer and manager. Past slots are left out.")
    public Map<String, List<FreeSlot>> free(@PathParam("id") UUID stationId, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        return Map.of("items", service.freeSlots(stationId, from, to));
    }
}
