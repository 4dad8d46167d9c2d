package io.fieldback.visit;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.visit.internal.Visit;
import io.fieldback.visit.internal.VisitEvent;

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

    /**
     * The repair facts of these visits whatever the caller's tenancy (missing ids left out), in one query: columns
     * only, no entity enters the persistence context (bulk warranty claims).
     */
    @Transactional
    public List<CompletedRepair> repairsOf(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Visit.getEntityManager().createQuery("select v.id, v.stationId, v.dealerId, v.equipmentId, v.status,"
                + " v.completedAt, v.meterReading, v.meterUnit from Visit v where v.id in :ids", Object[].class)
                .setParameter("ids", Set.copyOf(ids)).getResultList().stream()
                .map(r -> new CompletedRepair((UUID) r[0], (UUID) r[1], (UUID) r[2], (UUID) r[3], (VisitStatus) r[4],
                        (java.time.Instant) r[5], (Integer) r[6], (MeterUnit) r[7]))
                .toList();
    }

    /** A visit as a dealer's repair-order number names it (the number is unique per dealer only). */
    public record NumberedVisit(UUID id, String repairOrderNumber, UUID dealerId, UUID stationId, UUID customerId,
            UUID equipmentId) {
    }

    /** The visits with these repair-order numbers, whatever the caller's tenancy; one query (for survey uploads). */
    @Transactional
    public List<NumberedVisit> byRepairOrderNumbers(Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return Visit.getEntityManager().createQuery("select v.id, v.repairOrderNumber, v.dealerId, v.stationId,"
                + " v.customerId, v.equipmentId from Visit v where v.repairOrderNumber in :numbers", Object[].class)
                .setParameter("numbers", Set.copyOf(numbers)).getResultList().stream()
                .map(r -> new NumberedVisit((UUID) r[0], (String) r[1], (UUID) r[2], (UUID) r[3], (UUID) r[4], (UUID) r[5]))
                .toList();
    }

    /** A visit whatever the caller's tenancy, or null. */
    @Transactional
    public RepairVisit find(UUID id) {
        Visit visit = id == null ? null : Visit.findById(id);
        return visit == null ? null : RepairVisit.of(visit);
    }

    /** A station's visits that still wait for a technician on site (requested or dispatched), oldest request first. */
    @Transactional
    public List<RepairVisit> openAt(UUID stationId) {
        return Visit.<Visit>list("stationId = ?1 and status in ?2 order by requestedAt, id", stationId,
                List.of(VisitStatus.REQUESTED, VisitStatus.DISPATCHED)).stream().map(RepairVisit::of).toList();
    }

    /** A station's visits requested in [from, to), for figures. */
    @Transactional
    public List<RepairVisit> requestedBetween(UUID stationId, java.time.Instant from, java.time.Instant to) {
        return Visit.<Visit>list("stationId = ?1 and requestedAt >= ?2 and requestedAt < ?3", stationId, from, to)
                .stream().map(RepairVisit::of).toList();
    }

    /** The technicians of the latest visit to a machine that someone reached, other than {@code except}: continuity. */
    @Transactional
    public Set<UUID> lastTechniciansOn(UUID equipmentId, UUID except) {
        if (equipmentId == null) {
            return Set.of();
        }
        return Visit.<Visit>find("equipmentId = ?1 and id <> ?2 and arrivedAt is not null order by arrivedAt desc, id desc",
                equipmentId, except).firstResultOptional().map(v -> Set.copyOf(v.technicianIds)).orElse(Set.of());
    }

    /** Where a technician's phone last said it was, with the time; for dispatch. */
    public record Position(UUID technicianId, double latitude, double longitude, java.time.Instant at) {
    }

    /** The last known position of each of these technicians that ever sent one. */
    @Transactional
    public java.util.Map<UUID, Position> lastPositions(Collection<UUID> technicianIds) {
        if (technicianIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<UUID, Position> last = new java.util.HashMap<>();
        VisitEvent.<VisitEvent>list("from VisitEvent v where v.technicianId in ?1 and v.latitude is not null and v.occurredAt = "
                + "(select max(e.occurredAt) from VisitEvent e where e.technicianId = v.technicianId and e.latitude is not null)",
                Set.copyOf(technicianIds)).forEach(e -> last.merge(e.technicianId, new Position(e.technicianId,
                        e.latitude.doubleValue(), e.longitude.doubleValue(), e.occurredAt), (a, b) -> a));
        return last;
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
