package io.fieldback.followup.internal;

import io.fieldback.followup.*;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.fieldback.common.ETags;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.Responses;
import io.fieldback.security.Roles;

@Path("/api/v1/followups/agents")
@Tag(name = "Follow-up calls")
public class AgentResource {

    private static final String AGENT_ID = "^[A-Za-z0-9._@+-]{1,200}$";

    private final AgentService agents;

    public AgentResource(AgentService agents) {
        this.agents = agents;
    }

    @PUT
    @Path("{agentId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "putAgentProfile", summary = "Create or replace an agent's product-line training",
            description = "Keyed by the agent's sign-in name (the token's subject). Replacing needs If-Match; "
                    + "repeating what is stored answers 200 and changes nothing.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgentView.class)))
    @APIResponse(responseCode = "200", description = "Replaced, or already as sent",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgentView.class)))
    public RestResponse<AgentView> put(
            @PathParam("agentId") @Pattern(regexp = AGENT_ID, message = "letters, digits and . _ @ + -, at most 200") String agentId,
            @NotNull @Valid AgentRequest body, @HeaderParam("If-Match") String ifMatch, @Context UriInfo uri) {
        AgentService.Written written = agents.put(agentId, body, ifMatch);
        return written.created() ? RestResponse.ResponseBuilder.<AgentView>created(uri.getAbsolutePath())
                .entity(written.agent()).header(HttpHeaders.ETAG, ETags.of(written.agent().version())).build()
                : Responses.ok(written.agent());
    }

    @GET
    @Path("{agentId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "getAgentProfile", summary = "Get an agent's product-line training")
    public RestResponse<AgentView> get(@PathParam("agentId") @Size(max = 200) String agentId) {
        return Responses.ok(agents.get(agentId));
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listAgentProfiles", summary = "List agent profiles, optionally of one product line")
    public RestResponse<Page<AgentView>> list(@QueryParam("productLine") String productLine,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        return Responses.page(uri, agents.list(productLine, paging));
    }
}
