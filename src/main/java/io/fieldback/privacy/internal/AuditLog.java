package io.fieldback.privacy.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.RequestIds;
import io.fieldback.common.UuidV7;
import io.fieldback.privacy.AuditAction;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;

/**
 * Writes audit events: who (subject, roles, API key id), what (action, resource, fields), when, and
 * from where (client address, request id, method and path). The client address is the connection's
 * peer, or, when Quarkus is told to trust a proxy ({@code quarkus.http.proxy.*}), the address the
 * proxy forwarded: a client can never choose what is recorded by sending {@code X-Forwarded-For}.
 */
@ApplicationScoped
public class AuditLog {

    private final SecurityIdentity identity;
    private final CurrentVertxRequest request;

    public AuditLog(SecurityIdentity identity, CurrentVertxRequest request) {
        this.identity = identity;
        this.request = request;
    }

    /** Records an event in the transaction that reads or makes the change: both commit, or neither. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, String resourceType, UUID resourceId, UUID customerId, String fields,
            String detail) {
        AuditEvent event = event(action, resourceType, resourceId, customerId, fields, detail, null);
        if (Arc.container().requestContext().isActive()) {
            describe(event, identity, request.getCurrent() == null ? null : request.getCurrent().request());
        } else {
            event.subject = "system";
            event.roles = "";
        }
        event.persist();
    }

    /**
     * An event as the current request would record it, to be written later with {@link #writeAlone},
     * possibly on another thread (the request's context is read here, on the request's thread).
     */
    AuditEvent capture(SecurityIdentity caller, HttpServerRequest http, AuditAction action, String resourceType,
            Integer status) {
        AuditEvent event = event(action, resourceType, null, null, null, null, status);
        describe(event, caller, http);
        return event;
    }

    /** Writes an event in a transaction of its own: for what is known only after a request's work. */
    void writeAlone(AuditEvent event) {
        QuarkusTransaction.requiringNew().run(event::persist);
    }

    private AuditEvent event(AuditAction action, String resourceType, UUID resourceId, UUID customerId,
            String fields, String detail, Integer status) {
        AuditEvent event = new AuditEvent();
        event.id = UuidV7.next();
        event.occurredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        event.action = action;
        event.resourceType = resourceType;
        event.resourceId = resourceId;
        event.customerId = customerId;
        event.fields = fields;
        event.detail = clip(detail, 1000);
        event.status = status;
        return event;
    }

    /** Who is calling and from where. */
    private static void describe(AuditEvent event, SecurityIdentity identity, HttpServerRequest http) {
        if (identity.isAnonymous()) {
            event.subject = "anonymous";
            event.roles = "";
        } else {
            event.subject = identity.getPrincipal().getName();
            event.roles = String.join(",", new java.util.TreeSet<>(identity.getRoles()));
            if (event.subject.startsWith("apikey:")) {
                event.keyId = event.subject.substring("apikey:".length());
            }
        }
        if (http != null) {
            event.clientIp = http.remoteAddress() == null ? null : clip(http.remoteAddress().hostAddress(), 64);
            event.requestId = RequestIds.of(http);
            event.httpMethod = http.method().name();
            event.path = clip(http.path(), 1000);
        }
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
