package io.fieldback.privacy.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.privacy.AuditAction;

@Schema(name = "AuditEvent", description = "Who read or changed personal data, or what an admin did; never the data itself")
record AuditEventView(UUID id, Instant occurredAt,
        @Schema(description = "a token's subject, apikey:<keyId> for API keys, system for jobs") String subject,
        List<String> roles,
        @Schema(description = "the API key's id when the caller used one") String keyId,
        AuditAction action,
        @Schema(description = "customer, contact, followup, complaint; for admin actions the path's collection") String resourceType,
        UUID resourceId,
        @Schema(description = "the customer the personal data belongs to") UUID customerId,
        @Schema(description = "the personal-data fields read or changed") List<String> fields,
        String detail,
        @Schema(description = "HTTP method of the request") String method,
        String path,
        @Schema(description = "HTTP status of the answer (admin actions)") Integer status,
        @Schema(description = "the connection's peer, or the forwarded client address when a trusted proxy is configured") String clientIp,
        String requestId) {

    static AuditEventView of(AuditEvent e) {
        return new AuditEventView(e.id, e.occurredAt, e.subject, split(e.roles), e.keyId, e.action, e.resourceType,
                e.resourceId, e.customerId, split(e.fields), e.detail, e.httpMethod, e.path, e.status, e.clientIp,
                e.requestId);
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isEmpty() ? List.of() : List.of(csv.split(","));
    }
}
