package io.fieldback.hardening;

import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.hibernate.orm.panache.Panache;

/** Test-only endpoint whose query runs as long as asked, like a report over a huge period. */
@Path("/test/slow-report")
public class SlowReportResource {

    @GET
    @PermitAll
    @Transactional
    @Operation(hidden = true)
    public String run(@QueryParam("seconds") int seconds) {
        Object result = Panache.getEntityManager().createNativeQuery("SELECT SLEEP(?1)")
                .setParameter(1, seconds).getSingleResult();
        return "done: " + result;
    }
}
