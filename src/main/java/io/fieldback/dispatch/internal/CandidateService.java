package io.fieldback.dispatch.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.customer.EquipmentService;
import io.fieldback.customer.EquipmentView;
import io.fieldback.dispatch.CandidatesView;
import io.fieldback.dispatch.CandidatesView.Candidate;
import io.fieldback.dispatch.CandidatesView.Excluded;
import io.fieldback.dispatch.CandidatesView.Reason;
import io.fieldback.station.GreatCircle;
import io.fieldback.station.StationService;
import io.fieldback.station.StationView;
import io.fieldback.station.TechnicianService;
import io.fieldback.station.TechnicianView;
import io.fieldback.visit.RepairVisit;
import io.fieldback.visit.RepairVisits;

/** Ranks the technicians who may take a visit and says, for each one left out, which rules ruled them out. */
@ApplicationScoped
class CandidateService {

    private final DispatchConfig config;
    private final DispatchVisits dispatchVisits;
    private final CapabilityService capabilities;
    private final TechnicianService technicians;
    private final StationService stations;
    private final EquipmentService equipment;
    private final RepairVisits visits;

    CandidateService(DispatchConfig config, DispatchVisits dispatchVisits, CapabilityService capabilities,
            TechnicianService technicians, StationService stations, EquipmentService equipment, RepairVisits visits) {
        this.config = config;
        this.dispatchVisits = dispatchVisits;
        this.capabilities = capabilities;
        this.technicians = technicians;
        this.stations = stations;
        this.equipment = equipment;
        this.visits = visits;
    }

    /** What the rules and the score know of one visit. */
    record Context(RepairVisit visit, DispatchVisit facts, Eligibility.Job job, double[] site, LocalDate day) {
    }

    @Transactional
    CandidatesView candidates(UUID visitId) {
        Context context = context(dispatchVisits.visible(visitId));
        List<TechnicianView> pool = technicians.activeAt(context.job().stations());
        List<UUID> ids = pool.stream().map(TechnicianView::id).toList();
        Map<UUID, CapabilityService.Facts> facts = capabilities.facts(ids);
        Map<UUID, Integer> jobs = Assignment.jobsOn(context.day(), config.timeZone(), ids);
        Map<UUID, double[]> origins = new HashMap<>();
        Map<UUID, String> originKinds = new HashMap<>();
        origins(context, ids, origins, originKinds);
        Set<UUID> continuity = visits.lastTechniciansOn(context.visit().equipmentId(), visitId);
        Map<UUID, double[]> homes = new HashMap<>();
        context.job().stations().forEach(s -> homes.put(s, stationPoint(s)));
        List<Candidate> candidates = new ArrayList<>();
        List<Excluded> excluded = new ArrayList<>();
        for (TechnicianView t : pool) {
            CapabilityService.Facts f = facts.get(t.id());
            int load = jobs.getOrDefault(t.id(), 0);
            List<Reason> broken = Eligibility.broken(context.job(), t.stationId(), f, load, config.timeZone());
            if (!broken.isEmpty()) {
                excluded.add(new Excluded(t.id(), t.name(), t.stationId(), broken));
                continue;
            }
            candidates.add(candidate(context, t, f, load, origins.getOrDefault(t.id(), homes.get(t.stationId())),
                    originKinds.getOrDefault(t.id(), "STATION"), continuity.contains(t.id())));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::distanceKm));
        return new CandidatesView(visitId, context.job().productSeries(), context.facts().windowStart,
                context.facts().windowEnd, candidates, excluded);
    }

    /** An eligible technician, scored: continuity and the customer's preference count for, distance and load against. */
    private Candidate candidate(Context context, TechnicianView t, CapabilityService.Facts f, int load, double[] origin,
            String originKind, boolean same) {
        double km = round(GreatCircle.km(origin, context.site()));
        boolean preferred = f.document().preferredCustomerIds().contains(context.visit().customerId());
        double score = round((same ? config.weights().continuity() : 0) + (preferred ? config.weights().preference() : 0)
                - km * config.weights().perKm() - load * config.weights().perJob());
        return new Candidate(t.id(), t.name(), t.stationId(), score, km, originKind, load, f.dailyCap(), same, preferred);
    }

    /** The visit's facts, the rules' view of its job, its site and its day. */
    Context context(RepairVisit visit) {
        DispatchVisit facts = dispatchVisits.ensure(visit);
        EquipmentView machine = visit.equipmentId() == null ? null : equipment.find(visit.equipmentId());
        Set<UUID> allowed = new LinkedHashSet<>();
        allowed.add(visit.stationId());
        allowed.addAll(stations.neighboursOf(visit.stationId(), config.neighbourRadiusKm()));
        Eligibility.Job job = new Eligibility.Job(visit.customerId(), machine == null ? null : machine.productSeries(),
                facts.windowStart, facts.windowEnd, allowed);
        return new Context(visit, facts, job, facts.site(stationPoint(visit.stationId())),
                facts.windowStart.atZone(config.timeZone()).toLocalDate());
    }

    /**
     * Where each technician would come from: their latest live job of the day that starts before this
     * one, else where their phone last was that day before the window, else (absent here) their station.
     */
    private void origins(Context context, List<UUID> ids, Map<UUID, double[]> origins, Map<UUID, String> kinds) {
        visits.lastPositions(ids).values().stream()
                .filter(p -> p.at().isBefore(context.facts().windowStart)
                        && p.at().atZone(config.timeZone()).toLocalDate().equals(context.day()))
                .forEach(p -> {
                    origins.put(p.technicianId(), new double[] { p.latitude(), p.longitude() });
                    kinds.put(p.technicianId(), "LAST_POSITION");
                });
        Map<UUID, double[]> stationPoints = new HashMap<>(); // one station read per station, not per live job
        for (Object[] row : Assignment.liveOn(context.day(), config.timeZone(), ids)) {
            Assignment a = (Assignment) row[0];
            DispatchVisit d = (DispatchVisit) row[1];
            if (!d.visitId.equals(context.visit().id()) && !d.windowStart.isAfter(context.facts().windowStart)) {
                origins.put(a.technicianId, d.site(stationPoints.computeIfAbsent(d.stationId, this::stationPoint)));
                kinds.put(a.technicianId, "PREVIOUS_JOB");
            }
        }
    }

    double[] stationPoint(UUID stationId) {
        StationView s = stations.find(stationId);
        return new double[] { s.latitude().doubleValue(), s.longitude().doubleValue() };
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
