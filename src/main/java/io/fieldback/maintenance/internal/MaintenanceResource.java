package io.fieldback.maintenance.internal;

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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.Responses;
import io.fieldback.maintenance.DueItemView;
import io.fieldback.maintenance.DueState;
import io.fieldback.maintenance.RuleView;
import io.fieldback.security.Roles;

@Path("/api/v1/maintenance")
@Tag(name = "Maintenance")
class MaintenanceResource {

    private static final String READERS = "admin, analyst, agent, dealer, station-manager";

    private final RuleService rules;
    private final DueService due;
    private final ReadingService readings;
    private final ForecastJob job;
    private final ReminderJob reminders;

    MaintenanceResource(RuleService rules, DueService due, ReadingService readings, ForecastJob job,
            ReminderJob reminders) {
        this.reminders = reminders;
        this.rules = rules;
        this.due = due;
        this.readings = readings;
        this.job = job;
    }

    @POST
    @Path("rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createMaintenanceRule", summary = "The service intervals of a product series (admin)",
            description = "First service at firstMeter or firstMonths after delivery, then every everyMeter or everyMonths, "
                    + "whichever comes first. ANCHORED keeps the original due points, FLOATING restarts from the last service. "
                    + "Zero or negative intervals: 400. One rule per series (409).")
    public RestResponse<RuleView> createRule(@NotNull @Valid RuleRequest body, @Context UriInfo uri) {
        return Responses.created(uri, rules.create(body));
    }

    @GET
    @Path("rules")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AGENT, Roles.DEALER, Roles.STATION_MANAGER, Roles.TECHNICIAN })
    @Operation(operationId = "listMaintenanceRules", summary = "Maintenance rules, by product series")
    public RestResponse<Page<RuleView>> listRules(@QueryParam("productSeries") String productSeries,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        return Responses.page(uri, rules.list(productSeries, paging));
    }

    @GET
    @Path("rules/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AGENT, Roles.DEALER, Roles.STATION_MANAGER, Roles.TECHNICIAN })
    @Operation(operationId = "getMaintenanceRule", summary = "A maintenance rule")
    public RestResponse<RuleView> getRule(@PathParam("id") UUID id) {
        return Responses.ok(rules.get(id));
    }

    @PUT
    @Path("rules/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateMaintenanceRule", summary = "Change a maintenance rule (admin; If-Match)",
            description = "Open items follow at the next forecast run.")
    public RestResponse<RuleView> updateRule(@PathParam("id") UUID id, @NotNull @Valid RuleRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(rules.update(id, body, ifMatch));
    }

    @GET
    @Path("due")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AGENT, Roles.DEALER, Roles.STATION_MANAGER })
    @Operation(operationId = "listMaintenanceDue", summary = "Services due per machine, for stations and the call centre",
            description = "Roles: " + READERS + ". A dealer sees its customers' machines, a station manager the machines "
                    + "its station last serviced or has booked. Window on dueDate: dueFrom inclusive, dueTo exclusive.")
    public RestResponse<Page<DueItemView>> listDue(@QueryParam("stationId") UUID stationId,
            @QueryParam("dealerId") UUID dealerId, @QueryParam("state") DueState state,
            @QueryParam("dueFrom") LocalDate from, @QueryParam("dueTo") LocalDate to,
            @QueryParam("equipmentId") UUID equipmentId, @BeanParam PageParams paging, @Context UriInfo uri) {
        return Responses.page(uri, due.list(new DueService.Criteria(stationId, dealerId, state, from, to, equipmentId), paging));
    }

    @GET
    @Path("due/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AGENT, Roles.DEALER, Roles.STATION_MANAGER })
    @Operation(operationId = "getMaintenanceDue", summary = "A due service item")
    public DueItemView getDue(@PathParam("id") UUID id) {
        return due.get(id);
    }

    @Schema(name = "WaiveRequest", example = "{\"reason\": \"整机封存\"}")
    record WaiveRequest(@NotBlank @Size(max = 500) String reason) {
    }

    @POST
    @Path("due/{id}/waive")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.AGENT, Roles.DEALER, Roles.STATION_MANAGER })
    @Operation(operationId = "waiveMaintenanceDue", summary = "Waive a due service, with the reason; the next one is forecast",
            description = "409 when the item is booked or closed.")
    public DueItemView waive(@PathParam("id") UUID id, @NotNull @Valid WaiveRequest body) {
        return due.waive(id, body.reason());
    }

    @POST
    @Path("equipment/{id}/readings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.AGENT, Roles.DEALER, Roles.STATION_MANAGER, Roles.TECHNICIAN })
    @Operation(operationId = "reportMeterReading", summary = "A machine's hour-meter or odometer reading; re-forecasts its next service",
            description = "422 when lower than an earlier reading (a meter does not run backwards) or higher than a later one.")
    public RestResponse<ReadingView> report(@PathParam("id") UUID id, @NotNull @Valid ReadingRequest body) {
        return RestResponse.status(RestResponse.Status.CREATED, readings.report(id, body));
    }

    @GET
    @Path("equipment/{id}/readings")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AGENT, Roles.DEALER, Roles.STATION_MANAGER, Roles.TECHNICIAN })
    @Operation(operationId = "listMeterReadings", summary = "A machine's meter readings, oldest first")
    public Map<String, List<ReadingView>> readings(@PathParam("id") UUID id) {
        return Map.of("items", readings.list(id));
    }

    @Schema(name = "ForecastRun")
    record ForecastRun(int openItems) {
    }

    @POST
    @Path("forecast-runs")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "runMaintenanceForecast", summary = "Run the nightly forecast now (admin)")
    public ForecastRun run() {
        return new ForecastRun(job.runOnce());
    }

    @Schema(name = "ReminderRun")
    record ReminderRun(int sent) {
    }

    @POST
    @Path("reminder-runs")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "runMaintenanceReminders", summary = "Run the reminder ladder now (admin)",
            description = "Each step is recorded once per item (topic maintenance.reminder), however many runs overlap.")
    public ReminderRun remind() {
        return new ReminderRun(reminders.runOnce());
    }
}
