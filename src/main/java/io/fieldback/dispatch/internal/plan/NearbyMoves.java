package io.fieldback.dispatch.internal.plan;

import java.util.List;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.list.ListChangeMove;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.list.ListSwapMove;

/** Lets through only moves that put a visit next to one of its {@link Neighbours} (any other kind of move passes). */
public final class NearbyMoves implements SelectionFilter<DayPlanSolution, Move<DayPlanSolution>> {

    @Override
    public boolean accept(ScoreDirector<DayPlanSolution> director, Move<DayPlanSolution> move) {
        Neighbours n = director.getWorkingSolution().neighbours;
        if (n == null) {
            return true;
        }
        if (move instanceof ListChangeMove<DayPlanSolution> change) {
            return accept(n, change);
        }
        if (move instanceof ListSwapMove<DayPlanSolution> swap) {
            PlanVisit left = (PlanVisit) swap.getLeftValue();
            PlanVisit right = (PlanVisit) swap.getRightValue();
            return n.near(left, right, null) || n.near(right, left, null);
        }
        return true;
    }

    /**
     * The moved visit lands between two stops (or the station): one of them must be near it. Within one route the
     * destination index may count the moved visit's old place, so the neighbours are read around it, skipping it.
     */
    private static boolean accept(Neighbours n, ListChangeMove<DayPlanSolution> change) {
        Route route = (Route) change.getDestinationEntity();
        List<PlanVisit> list = route.visits;
        PlanVisit moved = (PlanVisit) change.getMovedValue();
        if (list.isEmpty() || list.size() == 1 && list.get(0) == moved) {
            return true;
        }
        int at = change.getDestinationIndex();
        int before = at - 1 >= 0 && at - 1 < list.size() && list.get(at - 1) == moved ? at - 2 : at - 1;
        int after = at < list.size() && list.get(at) == moved ? at + 1 : at;
        return n.near(moved, stop(list, before), route) || n.near(moved, stop(list, after), route);
    }

    /** The stop at an index, or null (the station) outside the route. */
    private static PlanVisit stop(List<PlanVisit> list, int index) {
        return index >= 0 && index < list.size() ? list.get(index) : null;
    }
}
