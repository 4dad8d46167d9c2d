package io.fieldback.privacy.internal;

import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.fieldback.privacy.AuditAction;
import io.fieldback.security.Roles;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.vertx.core.http.HttpServerRequest;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Every request by an admin that is not a read (POST, PUT, PATCH, DELETE) leaves an ADMIN_ACTION
 * event with its method, path, outcome status and the resource it named, whether it succeeded or
 * not. Written once the request's own transactions are over, in a transaction of its own; the
 * personal-data changes an admin makes are additionally recorded inside their own transaction.
 */
@ApplicationScoped
class AdminActions {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Pattern UUID_PATTERN = Pattern
            .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static final Logger LOG = Logger.getLogger(AdminActions.class);

    private final CurrentIdentityAssociation identities;
    private final AuditLog log;

    public AdminActions(CurrentIdentityAssociation identities, AuditLog log) {
        this.identities = identities;
        this.log = log;
    }

    @ServerResponseFilter
    public Uni<Void> record(ContainerRequestContext request, ContainerResponseContext response,
            HttpServerRequest http) {
        String path = request.getUriInfo().getPath();
        if (READS.contains(request.getMethod()) || !path.startsWith("/api/")) {
            return Uni.createFrom().voidItem();
        }
        int status = response.getStatus();
        UUID resourceId = resourceId(path, response.getHeaderString("Location"));
        // the identity may not be resolved yet when the request was refused early, on the event loop
        return identities.getDeferredIdentity().chain(identity -> {
            if (identity.isAnonymous() || !identity.hasRole(Roles.ADMIN)) {
                return Uni.createFrom().voidItem();
            }
            AuditEvent event = log.capture(identity, http, AuditAction.ADMIN_ACTION, resourceType(path), status);
            event.resourceId = resourceId;
            if (BlockingOperationControl.isBlockingAllowed()) {
                write(event);
                return Uni.createFrom().voidItem();
            }
            return Uni.createFrom().item(() -> {
                write(event);
                return event;
            }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()).replaceWithVoid();
        });
    }

    /**
     * The answer is already decided when this runs: a database that went away (the request itself most likely
     * got a 503) must not turn it into a bare 500. The event then goes to the log instead, whole, so the
     * action still leaves a trace.
     */
    private void write(AuditEvent event) {
        try {
            log.writeAlone(event);
        } catch (RuntimeException e) {
            LOG.errorf("audit event not stored (%s), logged instead: admin action by %s (key %s) from %s, %s %s -> %s, "
                    + "resource %s %s, request %s, at %s", e.getClass().getSimpleName(), event.subject, event.keyId,
                    event.clientIp, event.httpMethod, event.path, event.status, event.resourceType, event.resourceId,
                    event.requestId, event.occurredAt);
        }
    }

    /** {@code /api/v1/customers/{id}/contacts} -> {@code customers}. */
    static String resourceType(String path) {
        String[] segments = path.split("/");
        for (int i = 3; i < segments.length; i++) {
            if (!segments[i].isEmpty()) {
                return segments[i].length() > 32 ? segments[i].substring(0, 32) : segments[i];
            }
        }
        return "api";
    }

    /** The created resource (Location) or else the last id in the path. */
    static UUID resourceId(String path, String location) {
        UUID created = lastUuid(location);
        return created != null ? created : lastUuid(path);
    }

    private static UUID lastUuid(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = UUID_PATTERN.matcher(text);
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        return last == null ? null : UUID.fromString(last);
    }
}
