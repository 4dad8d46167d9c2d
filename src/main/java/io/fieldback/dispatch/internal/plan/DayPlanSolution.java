package io.fieldback.dispatch.internal.plan;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** A station's day: its visits, its technicians' routes, and how good the plan is. */
@PlanningSolution
public class DayPlanSolution {

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    public List<PlanVisit> visits;

    @PlanningEntityCollectionProperty
    public List<Route> routes;

    @ProblemFactProperty
    public VisitCount visitCount;

    @PlanningScore
    public HardMediumSoftLongScore score;

    /** Each visit's nearest visits, for the search's move filter ({@link NearbyMoves}); set before solving. */
    public Neighbours neighbours;

    public DayPlanSolution() {
    }

    public DayPlanSolution(List<PlanVisit> visits, List<Route> routes) {
        this.visits = visits;
        this.routes = routes;
        this.visitCount = new VisitCount(visits.size());
    }

    /** How many visits the day has, so the unassigned ones can be counted from the routes. */
    public record VisitCount(int value) {
    }
}
