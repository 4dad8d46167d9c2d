package io.fieldback.dispatch.internal;

import java.time.Instant;
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

import io.fieldback.dispatch.HardRule;
import io.fieldback.dispatch.internal.plan.DayPlanSolution;
import io.fieldback.dispatch.internal.plan.PlanVisit;
import io.fieldback.dispatch.internal.plan.Route;
import io.fieldback.dispatch.internal.plan.TravelTime;
import io.fieldback.station.TechnicianService;
import io.fieldback.station.TechnicianView;
import io.fieldback.visit.RepairVisit;
import io.fieldback.visit.RepairVisits;

/**
 * Reads a station's day into the solver's model: a route per technician on shift and not absent, every
 * open visit whose window touches the day, and the accepted assignments pinned at the front of their route.
 */
@ApplicationScoped
class DayPlanFacts {

    /** Rules the solver cannot weigh by time, so they decide who may take a visit at all. */
    private static final Set<HardRule> STATIC_RULES = Set.of(HardRule.NO_SKILL, HardRule.NO_VALID_CERTIFICATION,
            HardRule.RESTRICTED_FOR_CUSTOMER);

    private final DispatchConfig config;
    private final RepairVisits visits;
    private final TechnicianService technicians;
    private final CapabilityService capabilities;
    private final CandidateService candidates;

    DayPlanFacts(DispatchConfig config, RepairVisits visits, TechnicianService technicians, CapabilityService capabilities,
            CandidateService candidates) {
        this.config = config;
        this.visits = visits;
        this.technicians = technicians;
        this.capabilities = capabilities;
        this.candidates = candidates;
    }

    @Transactional
    DayPlanSolution read(UUID stationId, LocalDate day, TravelTime travel) {
        Instant dayStart = day.atStartOfDay(config.timeZone()).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(config.timeZone()).toInstant();
        List<TechnicianView> staff = technicians.activeAt(List.of(stationId));
        Map<UUID, CapabilityService.Facts> facts = capabilities.facts(staff.stream().map(TechnicianView::id).toList());
        double[] home = candidates.stationPoint(stationId);
        Map<UUID, Route> routes = new HashMap<>();
        List<Route> ordered = new ArrayList<>();
        addRoutes(day, staff, facts, home, travel, routes, ordered);
        List<PlanVisit> planned = new ArrayList<>();
        Map<UUID, List<PlanVisit>> pinned = new HashMap<>();
        for (RepairVisit visit : visits.openAt(stationId)) {
            CandidateService.Context context = candidates.context(visit);
            DispatchVisit d = context.facts();
            if (!d.windowStart.isBefore(dayEnd) || !d.windowEnd.isAfter(dayStart)) {
                continue;
            }
            PlanVisit pv = new PlanVisit(visit.id(), context.site(), Math.max(d.windowStart.getEpochSecond(),
                    dayStart.getEpochSecond()), Math.min(d.windowEnd.getEpochSecond(), dayEnd.getEpochSecond()),
                    d.duration(config.defaultDuration()) * 60L, eligible(context, staff, facts));
            place(pv, Assignment.liveOf(visit.id()), routes, planned, pinned);
        }
        pinFirst(pinned, routes);
        return new DayPlanSolution(planned, ordered);
    }

    /** A route for each technician on shift that day and not absent, starting and ending at the station. */
    private void addRoutes(LocalDate day, List<TechnicianView> staff, Map<UUID, CapabilityService.Facts> facts,
            double[] home, TravelTime travel, Map<UUID, Route> routes, List<Route> ordered) {
        for (TechnicianView t : staff) {
            CapabilityService.Facts f = facts.get(t.id());
            Instant[] shift = f.document().shiftOn(day, config.timeZone());
            if (shift != null && !f.document().absentOn(day)) {
                Route route = new Route(t.id(), t.name(), home, shift[0].getEpochSecond(), shift[1].getEpochSecond(),
                        f.dailyCap(), travel);
                routes.put(t.id(), route);
                ordered.add(route);
            }
        }
    }

    /** The technicians whom no static rule keeps from the visit. */
    private Set<UUID> eligible(CandidateService.Context context, List<TechnicianView> staff,
            Map<UUID, CapabilityService.Facts> facts) {
        Set<UUID> eligible = new LinkedHashSet<>();
        for (TechnicianView t : staff) {
            boolean allowed = Eligibility.broken(context.job(), t.stationId(), facts.get(t.id()), 0, config.timeZone())
                    .stream().noneMatch(r -> STATIC_RULES.contains(r.rule()));
            if (allowed) {
                eligible.add(t.id());
            }
        }
        return eligible;
    }

    /** A visit pinned by an accepted assignment stays with its technician; the others are the plan's to place. */
    private static void place(PlanVisit pv, Assignment live, Map<UUID, Route> routes, List<PlanVisit> planned,
            Map<UUID, List<PlanVisit>> pinned) {
        if (live != null && live.status.isPinned()) {
            if (routes.containsKey(live.technicianId)) {
                pinned.computeIfAbsent(live.technicianId, k -> new ArrayList<>()).add(pv);
                planned.add(pv);
            }
            return; // pinned to someone not working here that day: not the plan's to move
        }
        planned.add(pv);
    }

    /** Pinned visits go first on their route, in window order. */
    private static void pinFirst(Map<UUID, List<PlanVisit>> pinned, Map<UUID, Route> routes) {
        pinned.forEach((technicianId, list) -> {
            list.sort(Comparator.comparingLong(PlanVisit::windowStart));
            Route route = routes.get(technicianId);
            route.visits.addAll(list);
            route.pinned = list.size();
        });
    }
}
