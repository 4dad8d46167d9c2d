package io.fieldback.dispatch.internal.plan;

import java.util.Set;
import java.util.UUID;

/**
 * A visit to place: where, its window (epoch seconds; the start must fall in it), how long it takes, and
 * the technicians the hard rules allow (skill, certification, customer restriction).
 */
public record PlanVisit(UUID id, double[] site, long windowStart, long windowEnd, long durationSeconds,
        Set<UUID> eligible) {

    @Override
    public String toString() {
        return id.toString();
    }
}
