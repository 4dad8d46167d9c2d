package io.fieldback.visit;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Visits as other features read them, whatever the caller's tenancy (they check their own): one query per call. */
@ApplicationScoped
public class RepairVisits {

    @Transactional
    public List<RepairVisit> of(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Visit.<Visit>list("id in ?1", Set.copyOf(ids)).stream().map(RepairVisit::of).toList();
    }
}
