package io.fieldback.warranty;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What other features may ask the warranty feature, whatever the caller's tenancy. */
public interface WarrantyClaims {

    Optional<ClaimView> find(UUID claimId);

    /** The claims filed for a visit (a repair may be claimed once per claim number). */
    List<ClaimView> forVisit(UUID visitId);

    /** Claims per machine that were submitted and not rejected (drafts and rejections left out). */
    java.util.Map<UUID, Long> claimsByMachine(java.util.Collection<UUID> equipmentIds);
}
