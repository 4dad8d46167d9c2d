package io.fieldback.complaint;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "Department")
public record DepartmentView(UUID id, String code, String name, String supervisorName, String supervisorContact,
        boolean active, long version, Instant createdAt, Instant updatedAt) implements Versioned {
}
