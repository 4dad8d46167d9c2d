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
}
