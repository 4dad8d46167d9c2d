package io.fieldback.dispatch.internal.plan;

import java.util.function.Function;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;

/**
 * Hard: every visit starts within its window, every day ends within its shift, only allowed technicians, at
 * most the daily cap. Medium: leave as few visits unplanned as possible. Soft: drive as little as possible.
 */
public class DayPlanConstraints implements ConstraintProvider {

    public static final String WINDOW = "visit starts after its window";
    public static final String SHIFT = "day ends after the shift";
    public static final String ELIGIBLE = "technician not allowed (skill, certification, restriction)";
    public static final String CAP = "more jobs than the daily cap";
    public static final String UNASSIGNED = "visit left unplanned";
    public static final String TRAVEL = "travel time (minutes)";

    /** One function object, so the streams share a single node that walks each changed route once. */
    private static final Function<Route, Route.Totals> TOTALS = Route::totals;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                totals(factory).filter(t -> t.lateVisits() > 0)
                        .penalizeLong(HardMediumSoftLongScore.ONE_HARD, Route.Totals::latePenalty).asConstraint(WINDOW),
                totals(factory).filter(Route.Totals::overtime)
                        .penalizeLong(HardMediumSoftLongScore.ONE_HARD, Route.Totals::overtimePenalty).asConstraint(SHIFT),
                totals(factory).filter(t -> t.ineligible() > 0)
                        .penalizeLong(HardMediumSoftLongScore.ofHard(1000), Route.Totals::ineligible).asConstraint(ELIGIBLE),
                totals(factory).filter(t -> t.overCap() > 0)
                        .penalize(HardMediumSoftLongScore.ofHard(100), Route.Totals::overCap).asConstraint(CAP),
                factory.forEach(Route.class).groupBy(ConstraintCollectors.sum(r -> r.visits.size()))
                        .join(DayPlanSolution.VisitCount.class)
                        .filter((assigned, count) -> count.value() > assigned)
                        .penalize(HardMediumSoftLongScore.ONE_MEDIUM, (assigned, count) -> count.value() - assigned)
                        .asConstraint(UNASSIGNED),
                totals(factory).filter(t -> t.travelMinutes() > 0)
                        .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, Route.Totals::travelMinutes).asConstraint(TRAVEL) };
    }

    private static UniConstraintStream<Route.Totals> totals(ConstraintFactory factory) {
        return factory.forEach(Route.class).map(TOTALS);
    }
}
