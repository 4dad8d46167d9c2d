package io.fieldback.dispatch.internal.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPinToIndex;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;

/**
 * One technician's day: they leave their station at the shift's start, do the visits in order and come
 * back. The first {@code pinned} visits are accepted assignments: the solver neither moves nor reorders them.
 */
@PlanningEntity
public class Route {

    @PlanningId
    public UUID technicianId;
    public String name;
    public double[] home;
    public long shiftStart;
    public long shiftEnd;
    public int dailyCap;
    public TravelTime travel;

    @PlanningPinToIndex
    public int pinned;

    @PlanningListVariable(allowsUnassignedValues = true)
    public List<PlanVisit> visits = new ArrayList<>();

    public Route() {
    }

    public Route(UUID technicianId, String name, double[] home, long shiftStart, long shiftEnd, int dailyCap,
            TravelTime travel) {
        this.technicianId = technicianId;
        this.name = name;
        this.home = home;
        this.shiftStart = shiftStart;
        this.shiftEnd = shiftEnd;
        this.dailyCap = dailyCap;
        this.travel = travel;
    }

    /** A stop of the computed day, in epoch seconds. */
    public record Stop(PlanVisit visit, long arrival, long start, long end, long travelSeconds) {

        long lateSeconds() {
            return Math.max(0, start - visit.windowEnd());
        }
    }

    /** The day as driven: wait for a window to open, start no earlier than arrival. */
    public List<Stop> schedule() {
        List<Stop> stops = new ArrayList<>(visits.size());
        long clock = shiftStart;
        double[] at = home;
        for (PlanVisit visit : visits) {
            long drive = travel.seconds(at, visit.site());
            long arrival = clock + drive;
            long start = Math.max(arrival, visit.windowStart());
            long end = start + visit.durationSeconds();
            stops.add(new Stop(visit, arrival, start, end, drive));
            clock = end;
            at = visit.site();
        }
        return stops;
    }

    /** Minutes driven, back to the station included. */
    public long travelMinutes() {
        return totals().travelMinutes();
    }

    /**
     * Everything the constraints weigh, in one pass over the day with no allocation: the score is recalculated
     * for every move the search tries, so one walk instead of one per constraint means more moves in the limit.
     */
    public Totals totals() {
        long clock = shiftStart;
        double[] at = home;
        long driven = 0;
        long lateSeconds = 0;
        int late = 0;
        int ineligible = 0;
        for (PlanVisit visit : visits) {
            long drive = travel.seconds(at, visit.site());
            driven += drive;
            long start = Math.max(clock + drive, visit.windowStart());
            if (start > visit.windowEnd()) {
                lateSeconds += start - visit.windowEnd();
                late++;
            }
            if (!visit.eligible().contains(technicianId)) {
                ineligible++;
            }
            clock = start + visit.durationSeconds();
            at = visit.site();
        }
        if (!visits.isEmpty()) {
            driven += travel.seconds(at, home);
        }
        long overtime = visits.isEmpty() ? 0 : Math.max(0, clock - shiftEnd);
        return new Totals(this, Math.round(driven / 60.0), late, lateSeconds / 60, overtime / 60, overtime > 0,
                ineligible, Math.max(0, visits.size() - dailyCap));
    }

    /**
     * One route's weighed figures; a visit late or an overtime by less than a minute still counts (as one).
     */
    public record Totals(Route route, long travelMinutes, int lateVisits, long lateMinutes, long overtimeMinutes,
            boolean overtime, int ineligible, int overCap) {

        long latePenalty() {
            return Math.max(lateVisits, lateMinutes);
        }

        long overtimePenalty() {
            return Math.max(1, overtimeMinutes);
        }

        @Override
        public String toString() {
            return route.name + " (" + route.visits.size() + " visits)";
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
