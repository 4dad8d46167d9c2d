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

    /** The stations that have had a visit (of any status) of one of these machines; chunked for long lists. */
    @Transactional
    public Set<UUID> stationsThatServiced(Collection<UUID> equipmentIds) {
        Set<UUID> stations = new java.util.HashSet<>();
        List<UUID> ids = List.copyOf(equipmentIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            stations.addAll(Visit.getEntityManager()
                    .createQuery("select distinct v.stationId from Visit v where v.equipmentId in :ids", UUID.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000))).getResultList());
        }
        return stations;
    }

    /** Failures per machine: its warranty and paid repair visits that were not cancelled (machines without any left out). */
    @Transactional
    public java.util.Map<UUID, Long> repairsByMachine(Collection<UUID> equipmentIds) {
        java.util.Map<UUID, Long> counts = new java.util.HashMap<>();
        List<UUID> ids = List.copyOf(equipmentIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            Visit.getEntityManager().createQuery("select v.equipmentId, count(v) from Visit v where v.equipmentId in :ids"
                    + " and v.type in :types and v.status <> :cancelled group by v.equipmentId", Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .setParameter("types", List.of(VisitType.WARRANTY_REPAIR, VisitType.PAID_REPAIR))
                    .setParameter("cancelled", VisitStatus.CANCELLED).getResultList()
                    .forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        }
        return counts;
    }
}
