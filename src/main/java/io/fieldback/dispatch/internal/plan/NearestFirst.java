package io.fieldback.dispatch.internal.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The baseline a dispatcher would do by hand: whoever is free first takes the nearest visit they may take
 * and can still start within its window and finish within their shift. The plan reports its travel so the
 * solver's gain is visible; pinned visits stay at the front, as in the plan.
 */
public final class NearestFirst {

    private NearestFirst() {
    }

    /** Its travel, how many visits it could not place, and the ones it placed (to compare like with like). */
    public record Outcome(long travelMinutes, int unplanned, List<PlanVisit> placed) {
    }

    public static Outcome plan(DayPlanSolution day) {
        List<Route> routes = new ArrayList<>();
        Set<PlanVisit> open = new HashSet<>(day.visits);
        for (Route r : day.routes) {
            Route copy = new Route(r.technicianId, r.name, r.home, r.shiftStart, r.shiftEnd, r.dailyCap, r.travel);
            copy.visits.addAll(r.visits.subList(0, r.pinned));
            open.removeAll(copy.visits);
            routes.add(copy);
        }
        List<Route> active = new ArrayList<>(routes);
        while (!open.isEmpty() && !active.isEmpty()) {
            Route route = active.stream().min(Comparator.comparingLong(NearestFirst::freeAt)).orElseThrow();
            PlanVisit next = nearestFeasible(route, open);
            if (next == null) {
                active.remove(route);
                continue;
            }
            route.visits.add(next);
            open.remove(next);
        }
        long travel = routes.stream().mapToLong(Route::travelMinutes).sum();
        List<PlanVisit> placed = day.visits.stream().filter(v -> !open.contains(v)).toList();
        return new Outcome(travel, open.size(), placed);
    }

    private static long freeAt(Route route) {
        List<Route.Stop> stops = route.schedule();
        return stops.isEmpty() ? route.shiftStart : stops.get(stops.size() - 1).end();
    }

    private static PlanVisit nearestFeasible(Route route, Set<PlanVisit> open) {
        if (route.visits.size() >= route.dailyCap) {
            return null;
        }
        double[] at = route.visits.isEmpty() ? route.home : route.visits.get(route.visits.size() - 1).site();
        long free = freeAt(route);
        PlanVisit best = null;
        long bestDrive = Long.MAX_VALUE;
        for (PlanVisit v : open) {
            long drive = route.travel.seconds(at, v.site());
            long start = Math.max(free + drive, v.windowStart());
            boolean fits = v.eligible().contains(route.technicianId) && start <= v.windowEnd()
                    && start + v.durationSeconds() <= route.shiftEnd;
            if (fits && drive < bestDrive) {
                best = v;
                bestDrive = drive;
            }
        }
        return best;
    }
}
