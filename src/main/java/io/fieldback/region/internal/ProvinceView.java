package io.fieldback.region.internal;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "Province")
record ProvinceView(UUID id, String code, String gbCode, String nameZh, String nameEn, String regionCode,
        long version, Instant createdAt, Instant updatedAt) implements Versioned {

    static ProvinceView of(Province p) {
        return new ProvinceView(p.id, p.code, p.gbCode, p.nameZh, p.nameEn, p.regionCode, p.version, p.createdAt,
                p.updatedAt);
    }
}
