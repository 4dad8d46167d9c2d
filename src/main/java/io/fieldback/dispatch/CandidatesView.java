package io.fieldback.dispatch;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who could take a visit, best first, and everyone who could not with the rules that ruled them out. */
@Schema(name = "DispatchCandidates")
public record CandidatesView(UUID visitId, String productSeries, Instant windowStart, Instant windowEnd,
        List<Candidate> candidates, List<Excluded> excluded) {

    @Schema(name = "DispatchCandidate", description = "score = continuity + preference - distanceKm x weight - jobsThatDay x weight")
    public record Candidate(UUID technicianId, String name, UUID stationId, double score, double distanceKm,
            @Schema(description = "where the distance is measured from: PREVIOUS_JOB, LAST_POSITION or STATION") String from,
            int jobsThatDay, int dailyCap, boolean continuity, boolean preferred) {
    }

    @Schema(name = "DispatchExclusion")
    public record Excluded(UUID technicianId, String name, UUID stationId, List<Reason> reasons) {
    }

    @Schema(name = "DispatchExclusionReason")
    public record Reason(HardRule rule, String detail) {
    }
}
