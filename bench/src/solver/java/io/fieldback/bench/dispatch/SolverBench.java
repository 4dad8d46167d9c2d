package io.fieldback.bench.dispatch;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.fieldback.dispatch.internal.plan.DayPlanSolution;
import io.fieldback.dispatch.internal.plan.DayPlanSolver;
import io.fieldback.dispatch.internal.plan.NearestFirst;
import io.fieldback.dispatch.internal.plan.PlanVisit;
import io.fieldback.dispatch.internal.plan.Route;
import io.fieldback.dispatch.internal.plan.TravelTime;

/**
 * The day plan's solver on its own (no database, no HTTP): the same seeded station-day as Dispatch (through the API)
 * (100 visits within 25 km, morning / afternoon / all-day windows, 30-45 min; 10 technicians 08:00-18:00, cap 12).
 * Nearest-first cannot place every visit under the same rules, so travel is compared like for like: the solver
 * plans exactly the visits nearest-first placed, and its travel for that set is set against nearest-first's.
 * The full day is solved first (how many visits it places, its travel; it also warms the JVM up). Each run stops at 30 s (the app's limit) or,
 * with an argument N, after N score calculations instead, so a loaded machine can still give a fair figure; the
 * count of score calculations is printed either way.
 */
public class SolverBench {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 14);
    private static final double LAT = 31.2304;
    private static final double LON = 121.4737;

    public static void main(String[] args) {
        Long calculations = args.length > 0 ? Long.valueOf(args[0]) : null;
        TravelTime travel = TravelTime.greatCircle(40);
        List<PlanVisit> visits = seededVisits();
        NearestFirst.Outcome greedy = NearestFirst.plan(new DayPlanSolution(visits, routes(travel)));

        Run full = run(new DayPlanSolution(visits, routes(travel)), calculations);
        System.out.printf("full day (100 visits x 10 technicians): solver %s, placed %d/100, travel %d min "
                + "(%.1f min a visit); nearest-first placed %d/100, travel %d min (%.1f min a visit)%n", full, full.placed,
                full.travel, (double) full.travel / full.placed, greedy.placed().size(), greedy.travelMinutes(),
                (double) greedy.travelMinutes() / greedy.placed().size());
        Run same = run(new DayPlanSolution(new ArrayList<>(greedy.placed()), routes(travel)), calculations);
        System.out.printf("same visits as nearest-first (%d): solver %s, placed %d/%d, travel %d min vs nearest-first %d min "
                + "= %.2fx (target <= 0.80)%n", greedy.placed().size(), same, same.placed, greedy.placed().size(),
                same.travel, greedy.travelMinutes(), (double) same.travel / greedy.travelMinutes());

    }

    private record Run(double seconds, String score, boolean feasible, long calculations, int placed, long travel) {
        @Override
        public String toString() {
            return String.format("%.1f s, score %s (no hard rule broken: %s), %,d score calculations (%,.0f/s)", seconds,
                    score, feasible, calculations, calculations / seconds);
        }
    }

    private static Run run(DayPlanSolution problem, Long calculations) {
        TerminationConfig termination = calculations == null ? new TerminationConfig().withSpentLimit(Duration.ofSeconds(30))
                : new TerminationConfig().withScoreCalculationCountLimit(calculations);
        long t0 = System.nanoTime();
        DayPlanSolver.Solved solved = DayPlanSolver.solve(problem, termination);
        double seconds = (System.nanoTime() - t0) / 1e9;
        DayPlanSolution plan = solved.solution();
        return new Run(seconds, plan.score.toString(), plan.score.hardScore() == 0, solved.scoreCalculations(),
                plan.routes.stream().mapToInt(r -> r.visits.size()).sum(),
                plan.routes.stream().mapToLong(Route::travelMinutes).sum());
    }

    private static List<Route> routes(TravelTime travel) {
        List<Route> routes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            routes.add(new Route(new UUID(0, i + 1), "tech" + i, new double[] { LAT, LON }, at(8), at(18), 12, travel));
        }
        return routes;
    }

    private static List<PlanVisit> seededVisits() {
        Set<UUID> all = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            all.add(new UUID(0, i + 1));
        }
        Random random = new Random(19);
        List<PlanVisit> visits = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            double r = 25 * Math.sqrt(random.nextDouble());
            double a = random.nextDouble() * 2 * Math.PI;
            int kind = i % 3;
            int from = kind == 1 ? 13 : 8;
            int to = kind == 0 ? 12 : 18;
            double[] site = { LAT + r * Math.cos(a) / 111.195,
                    LON + r * Math.sin(a) / (111.195 * Math.cos(Math.toRadians(LAT))) };
            visits.add(new PlanVisit(new UUID(1, i + 1), site, at(from), at(to), (30 + random.nextInt(16)) * 60L, all));
        }
        return visits;
    }

    private static long at(int hour) {
        return DAY.atTime(LocalTime.of(hour, 0)).atZone(ZONE).toInstant().getEpochSecond();
    }
}
