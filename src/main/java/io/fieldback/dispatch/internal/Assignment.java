package io.fieldback.dispatch.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;
import io.fieldback.dispatch.AssignmentStatus;
import io.fieldback.dispatch.AssignmentView;

/** One technician's assignment to one visit; at most one per visit is live (unique live_visit_id). */
@Entity
@Table(name = "dispatch_assignments")
class Assignment extends BaseEntity {

    @Column(name = "visit_id", nullable = false, columnDefinition = "BINARY(16)")
    UUID visitId;

    @Column(name = "live_visit_id", columnDefinition = "BINARY(16)")
    UUID liveVisitId;

    @Column(name = "technician_id", nullable = false, columnDefinition = "BINARY(16)")
    UUID technicianId;

    @Column(name = "station_id", nullable = false, columnDefinition = "BINARY(16)")
    UUID stationId;

    @Column(name = "dealer_id", nullable = false, columnDefinition = "BINARY(16)")
    UUID dealerId;

    @Column(name = "customer_id", nullable = false, columnDefinition = "BINARY(16)")
    UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    AssignmentStatus status;

    @Column(name = "planned_start")
    Instant plannedStart;

    @Column(name = "sequence_number")
    Integer sequence;

    @Column(name = "plan_id", columnDefinition = "BINARY(16)")
    UUID planId;

    Instant eta;

    @Column(length = 500)
    String note;

    void moveTo(AssignmentStatus next) {
        status = next;
        liveVisitId = next.isLive() ? visitId : null;
    }

    AssignmentView view() {
        return new AssignmentView(id, visitId, technicianId, stationId, customerId, status, status.isPinned(),
                plannedStart, sequence, planId, eta, note, version, createdAt, updatedAt);
    }

    static Assignment liveOf(UUID visitId) {
        return find("liveVisitId", visitId).firstResult();
    }

    /** Live jobs per technician whose visit's window starts on the day. */
    static Map<UUID, Integer> jobsOn(LocalDate day, ZoneId zone, Collection<UUID> technicianIds) {
        Map<UUID, Integer> jobs = new HashMap<>();
        if (technicianIds.isEmpty()) {
            return jobs;
        }
        List<Object[]> rows = getEntityManager().createQuery("select a.technicianId, count(a) from Assignment a, "
                + "DispatchVisit d where d.visitId = a.visitId and a.liveVisitId is not null and a.technicianId in ?1 "
                + "and d.windowStart >= ?2 and d.windowStart < ?3 group by a.technicianId", Object[].class)
                .setParameter(1, java.util.Set.copyOf(technicianIds))
                .setParameter(2, day.atStartOfDay(zone).toInstant())
                .setParameter(3, day.plusDays(1).atStartOfDay(zone).toInstant()).getResultList();
        rows.forEach(r -> jobs.put((UUID) r[0], ((Number) r[1]).intValue()));
        return jobs;
    }

    /** Live assignments of these technicians with the visits' facts, on the day (previous jobs, plans). */
    static List<Object[]> liveOn(LocalDate day, ZoneId zone, Collection<UUID> technicianIds) {
        if (technicianIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select a, d from Assignment a, DispatchVisit d where d.visitId = a.visitId "
                + "and a.liveVisitId is not null and a.technicianId in ?1 and d.windowStart >= ?2 and d.windowStart < ?3 "
                + "order by d.windowStart", Object[].class)
                .setParameter(1, java.util.Set.copyOf(technicianIds))
                .setParameter(2, day.atStartOfDay(zone).toInstant())
                .setParameter(3, day.plusDays(1).atStartOfDay(zone).toInstant()).getResultList();
    }
}
