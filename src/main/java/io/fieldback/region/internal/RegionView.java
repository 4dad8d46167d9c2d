package io.fieldback.region.internal;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "Region")
record RegionView(UUID id, String code, String nameZh, String nameEn, int position, boolean active,
        long version, Instant createdAt, Instant updatedAt) implements Versioned {

    static RegionView of(Region r) {
        return new RegionView(r.id, r.code, r.nameZh, r.nameEn, r.position, r.active, r.version, r.createdAt,
                r.updatedAt);
    }
}
