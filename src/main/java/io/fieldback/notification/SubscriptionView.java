package io.fieldback.notification;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "ReportSubscription", description = "An address the weekly follow-up report is e-mailed to every Monday")
public record SubscriptionView(UUID id, String email, String name, Audience audience, String role,
        String departmentCode, UUID dealerId, boolean active, long version, Instant createdAt, Instant updatedAt)
        implements Versioned {
}
