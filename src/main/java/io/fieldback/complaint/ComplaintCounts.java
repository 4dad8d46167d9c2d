package io.fieldback.complaint;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Complaint counts other features read (engineering feedback), whatever the caller's tenancy. */
public interface ComplaintCounts {

    /** Product-quality complaints per machine, duplicates left out (machines without any left out). */
    Map<UUID, Long> qualityComplaintsByMachine(Collection<UUID> equipmentIds);
}
