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
        long seconds = 0;
        double[] at = home;
        for (PlanVisit visit : visits) {
            seconds += travel.seconds(at, visit.site());
            at = visit.site();
        }
        if (!visits.isEmpty()) {
            seconds += travel.seconds(at, home);
        }
        return Math.round(seconds / 60.0);
    }

    public long lateMinutes() {
        return schedule().stream().mapToLong(Stop::lateSeconds).sum() / 60;
    }

    public long overtimeMinutes() {
        List<Stop> stops = schedule();
        return stops.isEmpty() ? 0 : Math.max(0, stops.get(stops.size() - 1).end() - shiftEnd) / 60;
    }

    public long ineligible() {
        return visits.stream().filter(v -> !v.eligible().contains(technicianId)).count();
    }

    public int overCap() {
        return Math.max(0, visits.size() - dailyCap);
    }

    @Override
    public String toString() {
        return name;
    }
}
