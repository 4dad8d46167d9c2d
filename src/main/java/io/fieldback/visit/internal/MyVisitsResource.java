package io.fieldback.visit.internal;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fieldback.security.Roles;
import io.fieldback.visit.VisitFeed;
import io.fieldback.visit.VisitService;

/** What a technician's phone polls to stay in sync. */
@Path("/api/v1/me/visits")
@Tag(name = "Visits")
public class MyVisitsResource {

    private final VisitService visits;

    public MyVisitsResource(VisitService visits) {
        this.visits = visits;
    }

    @GET
    @RolesAllowed(Roles.TECHNICIAN)
    @Operation(operationId = "listMyVisitChanges", summary = "Delta feed of the calling technician's visits",
            description = "Visits assigned to the technician that changed after updatedAfter (or after the cursor), "
                    + "oldest change first, cancelled ones included so the phone can drop them. Follow nextCursor "
                    + "while it is present; store pollCursor and pass it as cursor on the next poll.")
    public VisitFeed changes(@QueryParam("updatedAfter") Instant updatedAfter, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return visits.changedFor(updatedAfter, cursor, limit);
    }
}
