package io.fieldback.insights;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One group of a five-dimension report: our own calls, vendor surveys, and both together. */
@Schema(name = "InsightGroupFigures")
public record GroupFigures(
        @Schema(description = "the group's value (a region, a station id, a series...); null: rows without one; "
                + "absent for the total") String key,
        @Schema(description = "readable name of the group", example = "EAST") String label,
        SourceFigures own, SourceFigures vendor, SourceFigures combined) {
}
