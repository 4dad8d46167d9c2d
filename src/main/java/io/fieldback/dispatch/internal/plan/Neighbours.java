package io.fieldback.dispatch.internal.plan;

import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For each visit, the few visits nearest to it by drive, worked out once before the search. A move that puts a
 * visit next to none of its neighbours almost never shortens a day, so the search skips it before scoring it
 * (Timefold's own nearby selection is an Enterprise feature; this is the same idea as a move filter).
 */
public final class Neighbours {

    /** How many neighbours a visit has: on the bench's 100-visit day 6 and 10 did alike, 16 and 24 worse (bench/RESULTS.md). */
    static final int SIZE = 10;

    private final Map<PlanVisit, Set<PlanVisit>> nearest = new IdentityHashMap<>();
    private final Map<PlanVisit, Long> reach = new IdentityHashMap<>();
    private final TravelTime travel;

    Neighbours(List<PlanVisit> visits, TravelTime travel) {
        this.travel = travel;
        for (PlanVisit v : visits) {
            PlanVisit[] byDrive = visits.stream().filter(o -> o != v)
                    .sorted(Comparator.comparingLong(o -> travel.seconds(v.site(), o.site()))).limit(SIZE)
                    .toArray(PlanVisit[]::new);
            Set<PlanVisit> set = Collections.newSetFromMap(new IdentityHashMap<>());
            set.addAll(Arrays.asList(byDrive));
            nearest.put(v, set);
            reach.put(v, byDrive.length == 0 ? Long.MAX_VALUE : travel.seconds(v.site(), byDrive[byDrive.length - 1].site()));
        }
    }

    /**
     * Whether {@code other} is a neighbour of {@code visit}; null stands for the route's start and end (its
     * technician's origin), near when no farther than the visit's farthest neighbour.
     */
    boolean near(PlanVisit visit, PlanVisit other, Route route) {
        Set<PlanVisit> set = nearest.get(visit);
        if (set == null) {
            return true;
        }
        return other == null ? travel.seconds(visit.site(), route.home) <= reach.get(visit) : set.contains(other);
    }
}
