package io.fieldback.booking.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.fieldback.booking.AppointmentStatus;
import io.fieldback.booking.AppointmentView;
import io.fieldback.booking.FreeSlot;
import io.fieldback.common.ApiException;
import io.fieldback.common.Idempotency;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.Responses;
import io.fieldback.security.Roles;

@Path("/api/v1/appointments")
@Tag(name = "Booking")
class AppointmentResource {

    private final AppointmentStore store;
    private final BookingService booking;
    private final HoldService holds;
    private final AppointmentChanges changes;
    private final CheckInService checkIns;
    private final SlotSearch search;
    private final Idempotency idempotency;

    AppointmentResource(AppointmentStore store, BookingService booking, HoldService holds, AppointmentChanges changes,
            CheckInService checkIns, SlotSearch search, Idempotency idempotency) {
        this.store = store;
        this.booking = booking;
        this.holds = holds;
        this.changes = changes;
        this.checkIns = checkIns;
        this.search = search;
        this.idempotency = idempotency;
    }

    @GET
    @Path("free-slots")
    @RolesAllowed({ Roles.ADMIN, Roles.AGENT, Roles.DEALER, Roles.STATION_MANAGER })
    @Operation(operationId = "searchFreeSlots", summary = "Free slots at the stations nearest a point or a machine",
            description = "Roles: admin, agent (any station), dealer (its stations), station manager (its own). Give "
                    + "latitude and longitude, or equipmentId (the station that last serviced it is the point). Nearest "
                    + "station first, then earliest slot; from/to are days (inclusive, at most 31).")
    public Map<String, List<FreeSlot>> search(@QueryParam("equipmentId") UUID equipmentId,
            @QueryParam("latitude") Double latitude, @QueryParam("longitude") Double longitude,
            @QueryParam("radiusKm") @DefaultValue("100") double radiusKm,
            @QueryParam("stations") @DefaultValue("5") int stations, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to, @QueryParam("limit") @DefaultValue("50") int limit) {
        if (radiusKm <= 0 || radiusKm > 2000) {
            throw ApiException.badRequest("radiusKm", "must be above 0 and at most 2000");
        }
        if (stations < 1 || stations > 50 || limit < 1 || limit > 500) {
            throw ApiException.badRequest(stations < 1 || stations > 50 ? "stations" : "limit",
                    "stations: 1 to 50; limit: 1 to 500");
        }
        if (latitude != null && (latitude < -90 || latitude > 90) || longitude != null && (longitude < -180 || longitude > 180)) {
            throw ApiException.badRequest("latitude", "latitude -90..90, longitude -180..180");
        }
        return Map.of("items", search.search(new SlotSearch.Query(equipmentId, latitude, longitude, radiusKm, stations,
                from, to, limit)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.AGENT, Roles.DEALER, Roles.STATION_MANAGER })
    @Operation(operationId = "bookAppointment", summary = "Book (or hold) a slot for a machine; Idempotency-Key accepted",
            description = "Roles: admin, agent (call centre, any station), dealer (its stations), station manager (its own). "
                    + "A full slot is 409 naming the next free ones; a past slot, one outside opening hours, a machine of "
                    + "another dealer's customer or more holds than allowed is 422. Confirmed bookings are recorded as "
                    + "booking.confirmed events.")
    public RestResponse<AppointmentView> book(@NotNull @Valid BookRequest body,
            @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        booking.prepare(body);
        return idempotency.run(key, "POST /appointments", body, AppointmentView.class,
                () -> Responses.created(uri, booking.book(body)));
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.AGENT, Roles.ANALYST, Roles.DEALER, Roles.STATION_MANAGER })
    @Operation(operationId = "listAppointments", summary = "Appointments: a station its own calendar, a dealer its stations'",
            description = "Window on startsAt: from inclusive, to exclusive.")
    public RestResponse<Page<AppointmentView>> list(@QueryParam("stationId") UUID stationId,
            @QueryParam("dealerId") UUID dealerId, @QueryParam("status") AppointmentStatus status,
            @QueryParam("from") Instant from, @QueryParam("to") Instant to, @QueryParam("equipmentId") UUID equipmentId,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        return Responses.page(uri, store.list(new AppointmentStore.Criteria(stationId, dealerId, status, from, to,
                equipmentId), paging));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.AGENT, Roles.ANALYST, Roles.DEALER, Roles.STATION_MANAGER })
    @Operation(operationId = "getAppointment", summary = "An appointment")
    public RestResponse<AppointmentView> get(@PathParam("id") UUID id) {
        return Responses.ok(store.get(id));
    }

    @POST
    @Path("{id}/confirm")
    @RolesAllowed({ Roles.ADMIN, Roles.AGENT, Roles.DEALER, Roles.STATION_MANAGER })
    @Operation(operationId = "confirmAppointment", summary = "Confirm a HELD slot (409 once the hold ran out)")
    public RestResponse<AppointmentView> confirm(@PathParam("id") UUID id) {
        return Responses.ok(holds.confirm(id));
    }

    @Schema(name = "AppointmentCancelRequest", example = "{\"reason\": \"客户临时出差\"}")
    record CancelRequest(@NotBlank @Size(max = 500) String reason) {
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.AGENT, Roles.DEALER, Roles.STATION_MANAGER })
    @Operation(operationId = "cancelAppointment", summary = "Cancel a held or confirmed appointment, before the cut-off",
            description = "A confirmed appointment may be cancelled until fieldback.booking.cancellation-cut-off before it starts (409 after).")
    public RestResponse<AppointmentView> cancel(@PathParam("id") UUID id, @NotNull @Valid CancelRequest body) {
        return Responses.ok(changes.cancel(id, body.reason()));
    }

    @Schema(name = "RescheduleRequest", example = "{\"startsAt\": \"2026-12-08T01:00:00Z\"}")
    record RescheduleRequest(@NotNull Instant startsAt) {
    }

    @POST
    @Path("{id}/reschedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.AGENT, Roles.DEALER, Roles.STATION_MANAGER })
    @Operation(operationId = "rescheduleAppointment", summary = "Move a confirmed appointment to another slot of its station",
            description = "The old one becomes RESCHEDULED and names the new one (the answer), which is CONFIRMED.")
    public RestResponse<AppointmentView> reschedule(@PathParam("id") UUID id, @NotNull @Valid RescheduleRequest body) {
        changes.prepareReschedule(id, body.startsAt());
        return Responses.ok(changes.reschedule(id, body.startsAt()));
    }

    @POST
    @Path("{id}/check-in")
    @RolesAllowed({ Roles.ADMIN, Roles.STATION_MANAGER })
    @Operation(operationId = "checkInAppointment", summary = "The customer arrived: opens the maintenance visit",
            description = "From the appointment's day. The visit's completion completes the appointment and closes the due item.")
    public RestResponse<AppointmentView> checkIn(@PathParam("id") UUID id) {
        return Responses.ok(checkIns.checkIn(id));
    }

    @POST
    @Path("{id}/no-show")
    @RolesAllowed({ Roles.ADMIN, Roles.STATION_MANAGER })
    @Operation(operationId = "markAppointmentNoShow", summary = "The customer did not come (after the start); the due item is open again")
    public RestResponse<AppointmentView> noShow(@PathParam("id") UUID id) {
        return Responses.ok(checkIns.noShow(id));
    }
}
