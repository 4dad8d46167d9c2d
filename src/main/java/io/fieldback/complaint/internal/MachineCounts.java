package io.fieldback.complaint.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.complaint.Category;
import io.fieldback.complaint.ComplaintCounts;

/** Complaint counts other features read (engineering feedback), whatever the caller's tenancy. */
@ApplicationScoped
class MachineCounts implements ComplaintCounts {

    /** Product-quality complaints per machine, duplicates left out (machines without any left out). */
    @Transactional
    public Map<UUID, Long> qualityComplaintsByMachine(Collection<UUID> equipmentIds) {
        Map<UUID, Long> counts = new HashMap<>();
        List<UUID> ids = List.copyOf(equipmentIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            Complaint.getEntityManager().createQuery("select c.equipmentId, count(c) from Complaint c "
                    + "where c.equipmentId in :ids and c.category = :quality and c.duplicateOf is null "
                    + "group by c.equipmentId", Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .setParameter("quality", Category.PRODUCT_QUALITY).getResultList()
                    .forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        }
        return counts;
    }
}
