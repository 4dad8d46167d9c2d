package io.fieldback.station.internal;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.fieldback.common.ApiException;
import io.fieldback.common.Idempotency;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.Responses;
import io.fieldback.security.Roles;
import io.fieldback.station.NearbyStations;
import io.fieldback.station.StationRequest;
import io.fieldback.station.StationService;
import io.fieldback.station.StationView;

@Path("/api/v1/stations")
@Tag(name = "Stations")
class StationResource {

    private final StationService service;
    private final Idempotency idempotency;

    public StationResource(StationService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.DEALER })
    @Operation(operationId = "createStation", summary = "Register a service station (a dealer registers its own)")
    public RestResponse<StationView> create(@NotNull @Valid StationRequest body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, "POST /stations", body, StationView.class,
                () -> Responses.created(uri, service.create(body)));
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AGENT, Roles.HANDLER, Roles.DEALER, Roles.STATION_MANAGER,
            Roles.TECHNICIAN })
    @Operation(operationId = "listStations", summary = "List service stations within the caller's tenancy")
    public RestResponse<Page<StationView>> list(@QueryParam("dealerId") UUID dealerId,
            @QueryParam("region") String region,
            @QueryParam("province") String province,
            @QueryParam("active") Boolean active, @BeanParam PageParams paging, @Context UriInfo uri) {
        return Responses.page(uri,
                service.list(dealerId, region, province, active, paging));
    }

    @GET
    @Path("nearest")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AGENT, Roles.HANDLER, Roles.DEALER, Roles.STATION_MANAGER,
            Roles.TECHNICIAN })
    @Operation(operationId = "findNearestStations", summary = "Active stations within a radius of a point, nearest first")
    public NearbyStations nearest(
            @QueryParam("latitude") @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @QueryParam("longitude") @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
            @QueryParam("radiusKm") @DefaultValue("50") @DecimalMin(value = "0", inclusive = false) @DecimalMax("2000") double radiusKm,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit) {
        return service.nearest(latitude, longitude, radiusKm, limit);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AGENT, Roles.HANDLER, Roles.DEALER, Roles.STATION_MANAGER,
            Roles.TECHNICIAN })
    @Operation(operationId = "getStation", summary = "Get a service station")
    public RestResponse<StationView> get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.DEALER, Roles.STATION_MANAGER })
    @Operation(operationId = "updateStation", summary = "Replace a station's data (If-Match required)")
    public RestResponse<StationView> update(@PathParam("id") UUID id, @NotNull @Valid StationRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(service.update(id, body, ifMatch));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.DEALER })
    @Operation(operationId = "deactivateStation", summary = "Deactivate a station (nothing is physically deleted)")
    public void deactivate(@PathParam("id") UUID id) {
        service.deactivate(id);
    }

}
