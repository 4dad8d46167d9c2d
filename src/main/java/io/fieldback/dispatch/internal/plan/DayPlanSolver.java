package io.fieldback.dispatch.internal.plan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.ListChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.ListSwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.kopt.KOptListMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;

/** Runs Timefold on a day and says which constraints the best plan found still breaks. */
public final class DayPlanSolver {

    private static final int LATE_ACCEPTANCE = 50;

    private DayPlanSolver() {
    }

    /** One broken constraint: its level, total penalty, and one line per match. */
    public record Broken(String constraint, String level, long penalty, int matches, List<String> details) {
    }

    /** The best plan, what it breaks, and how many scores the search calculated (its work, whatever the clock). */
    public record Solved(DayPlanSolution solution, List<Broken> broken, long scoreCalculations) {
    }

    public static Solved solve(DayPlanSolution problem, Duration timeLimit) {
        return solve(problem, new TerminationConfig().withSpentLimit(timeLimit)
                .withUnimprovedSpentLimit(timeLimit.dividedBy(3).plusSeconds(1)));
    }

    /** Also for a benchmark that stops on a count of score calculations, so a loaded machine still gets a fair figure. */
    public static Solved solve(DayPlanSolution problem, TerminationConfig termination) {
        useTravelMatrix(problem);
        problem.neighbours = problem.routes.isEmpty() ? null : new Neighbours(problem.visits, problem.routes.get(0).travel);
        SolverConfig config = new SolverConfig().withSolutionClass(DayPlanSolution.class).withEntityClasses(Route.class)
                .withConstraintProviderClass(DayPlanConstraints.class).withTerminationConfig(termination)
                .withPhases(new ConstructionHeuristicPhaseConfig(), localSearch());
        SolverFactory<DayPlanSolution> factory = SolverFactory.create(config);
        Solver<DayPlanSolution> solver = factory.buildSolver();
        DayPlanSolution best = solver.solve(problem);
        long calculations = solver instanceof DefaultSolver<DayPlanSolution> d ? d.getScoreCalculationCount() : -1;
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
        return new Solved(best, broken, calculations);
    }

    /**
     * Timefold's default moves for a list variable (move a visit, swap two, 2-opt), the first two only next to a
     * neighbour ({@link NearbyMoves}); late acceptance over a short history (50 steps rather than 400) because a loaded
     * machine gives the 30 s search only a few hundred thousand moves. Both measured on the bench's day (bench/RESULTS.md).
     */
    private static LocalSearchPhaseConfig localSearch() {
        List<MoveSelectorConfig> moves = List.of(new ListChangeMoveSelectorConfig().withFilterClass(NearbyMoves.class),
                new ListSwapMoveSelectorConfig().withFilterClass(NearbyMoves.class), new KOptListMoveSelectorConfig());
        return new LocalSearchPhaseConfig().withMoveSelectorConfig(new UnionMoveSelectorConfig(moves))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
    }

    /** The routes share one matrix of the day's drives (stations and sites), worked out before the search. */
    private static void useTravelMatrix(DayPlanSolution day) {
        List<double[]> points = new ArrayList<>();
        day.routes.forEach(r -> points.add(r.home));
        day.visits.forEach(v -> points.add(v.site()));
        day.routes.forEach(r -> r.visits.forEach(v -> points.add(v.site())));
        Map<TravelTime, TravelTime> matrices = new IdentityHashMap<>();
        for (Route route : day.routes) {
            route.travel = matrices.computeIfAbsent(route.travel, t -> t instanceof TravelMatrix ? t : new TravelMatrix(points, t));
        }
    }

    private static String describe(MatchAnalysis<HardMediumSoftLongScore> match) {
        List<Object> facts = match.justification() instanceof ai.timefold.solver.core.api.score.stream.DefaultConstraintJustification j
                ? j.getFacts() : List.of(match.justification());
        return facts.stream().map(f -> String.valueOf(f))
                .reduce((a, b) -> a + ", " + b).orElse("") + ": " + match.score().toShortString();
    }
}
