package io.fieldback.dispatch.internal.plan;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

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

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                factory.forEach(Route.class).filter(r -> r.lateMinutes() > 0 || late(r))
                        .penalizeLong(HardMediumSoftLongScore.ONE_HARD, r -> Math.max(1, r.lateMinutes()))
                        .asConstraint(WINDOW),
                factory.forEach(Route.class).filter(r -> r.overtimeMinutes() > 0)
                        .penalizeLong(HardMediumSoftLongScore.ONE_HARD, Route::overtimeMinutes).asConstraint(SHIFT),
                factory.forEach(Route.class).filter(r -> r.ineligible() > 0)
                        .penalizeLong(HardMediumSoftLongScore.ofHard(1000), Route::ineligible).asConstraint(ELIGIBLE),
                factory.forEach(Route.class).filter(r -> r.overCap() > 0)
                        .penalize(HardMediumSoftLongScore.ofHard(100), Route::overCap).asConstraint(CAP),
                factory.forEach(Route.class).groupBy(ConstraintCollectors.sum(r -> r.visits.size()))
                        .join(DayPlanSolution.VisitCount.class)
                        .filter((assigned, count) -> count.value() > assigned)
                        .penalize(HardMediumSoftLongScore.ONE_MEDIUM, (assigned, count) -> count.value() - assigned)
                        .asConstraint(UNASSIGNED),
                factory.forEach(Route.class).filter(r -> !r.visits.isEmpty())
                        .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, Route::travelMinutes).asConstraint(TRAVEL) };
    }

    /** Late by less than a minute still breaks the window. */
    private static boolean late(Route route) {
        return route.schedule().stream().anyMatch(s -> s.lateSeconds() > 0);
    }
}
