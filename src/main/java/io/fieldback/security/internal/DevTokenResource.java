package io.fieldback.security.internal;

import java.time.Duration;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fieldback.common.ApiException;
import io.fieldback.security.Roles;
import io.fieldback.security.Scope;
import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Dev mode only: mints a signed token for any role and tenant so a newcomer can call the API at once.
 * It is not built into the production artifact, where tokens come from the identity provider.
 */
@IfBuildProfile(anyOf = { "dev", "test" })
@Path("/dev/token")
@Tag(name = "Development")
class DevTokenResource {

    private final String issuer;

    public DevTokenResource(@ConfigProperty(name = "mp.jwt.verify.issuer") String issuer) {
        this.issuer = issuer;
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public String token(@QueryParam("role") @DefaultValue("admin") String role,
            @QueryParam("subject") String subject, @QueryParam("dealerId") UUID dealerId,
            @QueryParam("stationId") UUID stationId, @QueryParam("vendorId") UUID vendorId,
            @QueryParam("technicianId") UUID technicianId) {
        if (!Roles.ALL.contains(role)) {
            throw ApiException.badRequest("role", "must be one of " + String.join(", ", Roles.ALL));
        }
        JwtClaimsBuilder claims = Jwt.issuer(issuer).subject(subject == null ? "dev-" + role : subject)
                .upn(subject == null ? "dev-" + role : subject).groups(role).expiresIn(Duration.ofHours(12));
        claim(claims, Scope.DEALER, dealerId);
        claim(claims, Scope.STATION, stationId);
        claim(claims, Scope.VENDOR, vendorId);
        claim(claims, Scope.TECHNICIAN, technicianId);
        return claims.sign();
    }

    private static void claim(JwtClaimsBuilder claims, String name, UUID value) {
        if (value != null) {
            claims.claim(name, value.toString());
        }
    }
}
