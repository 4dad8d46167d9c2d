package io.fieldback.campaign;

import java.util.UUID;

/** What other features (warranty) may ask the campaign feature. */
public interface Campaigns {

    /** Whether a campaign with this code exists. */
    boolean exists(String code);

    /**
     * Whether the campaign with this code covers the machine: it has an item for it, or the machine meets the
     * campaign's targeting (series, serial and delivery ranges, region). False when no such campaign exists.
     */
    boolean covers(String code, UUID equipmentId);

    /**
     * {@link #covers} for many machines at once (a bulk claim request): those of {@code equipmentIds} the campaign
     * covers, in one read of its items and one of its targeting. Empty when no such campaign exists.
     */
    java.util.Set<UUID> coveredOf(String code, java.util.Collection<UUID> equipmentIds);
}
