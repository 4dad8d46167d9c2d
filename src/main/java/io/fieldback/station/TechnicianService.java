package io.fieldback.station;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.fieldback.common.Page;
import io.fieldback.common.PageParams;

/** Field technicians, within the caller's tenancy unless a method says otherwise (part of the station facade). */
public interface TechnicianService {

    TechnicianView create(TechnicianRequest request);

    TechnicianView get(UUID id);

    Page<TechnicianView> list(UUID stationId, String productLine, Boolean active, PageParams paging);

    TechnicianView update(UUID id, TechnicianRequest request, String ifMatch);

    void deactivate(UUID id);

    /** The product lines a technician is trained on; empty when unknown. For call routing. */
    Set<String> productLinesOf(UUID technicianId);

    /** A technician whatever the caller's tenancy, or null; for features that check tenancy themselves (dispatch). */
    TechnicianView find(UUID id);

    /** The active technicians of these stations, by name; for dispatch's candidate lists and day plans. */
    List<TechnicianView> activeAt(Collection<UUID> stationIds);

    /** The station of an active technician, or null when there is no such active technician. */
    UUID stationOf(UUID technicianId);
}
