package io.fieldback.complaint;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "Department")
public record DepartmentView(UUID id, String code, String name, String supervisorName, String supervisorContact,
        boolean active, long version, Instant createdAt, Instant updatedAt) implements Versioned {

    static DepartmentView of(Department d) {
        return new DepartmentView(d.id, d.code, d.name, d.supervisorName, d.supervisorContact, d.active, d.version,
                d.createdAt, d.updatedAt);
    }
}
