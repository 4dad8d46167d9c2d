package io.fieldback.dispatch.internal.plan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/** Runs Timefold on a day and says which constraints the best plan found still breaks. */
public final class DayPlanSolver {

    private DayPlanSolver() {
    }

    /** One broken constraint: its level, total penalty, and one line per match. */
    public record Broken(String constraint, String level, long penalty, int matches, List<String> details) {
    }

    public record Solved(DayPlanSolution solution, List<Broken> broken) {
    }

    public static Solved solve(DayPlanSolution problem, Duration timeLimit) {
        SolverConfig config = new SolverConfig().withSolutionClass(DayPlanSolution.class).withEntityClasses(Route.class)
                .withConstraintProviderClass(DayPlanConstraints.class)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(timeLimit)
                        .withUnimprovedSpentLimit(timeLimit.dividedBy(3).plusSeconds(1)));
        SolverFactory<DayPlanSolution> factory = SolverFactory.create(config);
        DayPlanSolution best = factory.buildSolver().solve(problem);
        SolutionManager<DayPlanSolution, HardMediumSoftLongScore> manager = SolutionManager.create(factory);
        ScoreAnalysis<HardMediumSoftLongScore> analysis = manager.analyze(best);
        List<Broken> broken = new ArrayList<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> c : analysis.constraintAnalyses()) {
            HardMediumSoftLongScore s = c.score();
            if (s.isZero()) {
                continue;
            }
            String level = s.hardScore() != 0 ? "HARD" : s.mediumScore() != 0 ? "MEDIUM" : "SOFT";
            long penalty = -(s.hardScore() != 0 ? s.hardScore() : s.mediumScore() != 0 ? s.mediumScore() : s.softScore());
            List<String> details = c.matches() == null ? List.of() : c.matches().stream()
                    .sorted(Comparator.comparing((MatchAnalysis<HardMediumSoftLongScore> m) -> m.score()))
                    .limit(20).map(m -> describe(m)).toList();
            broken.add(new Broken(c.constraintName(), level, penalty, c.matchCount(), details));
        }
        broken.sort(Comparator.comparing(Broken::level).thenComparing(Broken::constraint));
        return new Solved(best, broken);
    }

    private static String describe(MatchAnalysis<HardMediumSoftLongScore> match) {
        List<Object> facts = match.justification() instanceof ai.timefold.solver.core.api.score.stream.DefaultConstraintJustification j
                ? j.getFacts() : List.of(match.justification());
        return facts.stream().map(f -> f instanceof Route r ? r.name + " (" + r.visits.size() + " visits)" : String.valueOf(f))
                .reduce((a, b) -> a + ", " + b).orElse("") + ": " + match.score().toShortString();
    }
}
