package io.fieldback.privacy.internal;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fieldback.security.Roles;

@Path("/api/v1/customers/{customerId}/erasure")
@Tag(name = "Personal data")
class ErasureResource {

    private final ErasureService service;

    public ErasureResource(ErasureService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "eraseCustomer", summary = "Erase a customer's personal data, keeping its statistics",
            description = "Replaces the names and phone numbers of the customer, its contacts and their copies on "
                    + "follow-up calls and complaints with placeholders; ids, relationships, answers and counts stay, "
                    + "so every figure stays the same. The customer is put on do-not-call for good and its calls not "
                    + "yet made close as NOT_ELIGIBLE (DO_NOT_CALL). Idempotent: repeating it answers 200 with the "
                    + "first erasure's time and reason.")
    // a one-string record can also be read from text/plain, and an empty text body was a bare 400: JSON only
    @Consumes(MediaType.APPLICATION_JSON)
    public ErasureView erase(@PathParam("customerId") UUID customerId, @NotNull @Valid ErasureRequest body) {
        return service.erase(customerId, body);
    }
}
