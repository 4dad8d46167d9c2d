package io.fieldback.insights.internal;

import java.util.Set;
import java.util.UUID;

import io.fieldback.followup.CallPurpose;

/**
 * Who may see what: a dealer its own stations' rows, optionally one station; and which purposes of calls
 * count (first follow-ups unless asked otherwise). A vendor row is an after-service survey: it counts as
 * a first follow-up.
 */
record Scope(UUID dealerId, UUID stationId, Set<CallPurpose> purposes) {
    static final Set<CallPurpose> FIRST_CALLS = Set.of(CallPurpose.FIRST_FOLLOW_UP);
    static final Scope ALL = new Scope(null, null);

    Scope(UUID dealerId, UUID stationId) {
        this(dealerId, stationId, FIRST_CALLS);
    }

    Scope withPurposes(Set<CallPurpose> counted) {
        return new Scope(dealerId, stationId, counted);
    }

    boolean countsVendorRows() {
        return purposes.contains(CallPurpose.FIRST_FOLLOW_UP);
    }
}

