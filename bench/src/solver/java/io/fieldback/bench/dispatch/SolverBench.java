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

import io.fieldback.dispatch.internal.plan.DayPlanSolution;
import io.fieldback.dispatch.internal.plan.DayPlanSolver;
import io.fieldback.dispatch.internal.plan.NearestFirst;
import io.fieldback.dispatch.internal.plan.PlanVisit;
import io.fieldback.dispatch.internal.plan.Route;
import io.fieldback.dispatch.internal.plan.TravelTime;

/**
 * The day plan's solver on its own (no database, no HTTP): the same seeded station-day as Dispatch (through the API)
 * (100 visits within 25 km, morning / afternoon / all-day windows, 30-45 min; 10 technicians 08:00-18:00, cap 12),
 * solved under a 30 s limit, against the nearest-first plan. For a machine too loaded to start the bench's database.
 */
public class SolverBench {

    public static void main(String[] args) {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        LocalDate day = LocalDate.of(2026, 12, 14);
        double lat = 31.2304;
        double lon = 121.4737;
        TravelTime travel = TravelTime.greatCircle(40);
        Random random = new Random(19);
        List<UUID> technicians = new ArrayList<>();
        List<Route> routes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            UUID id = new UUID(0, i + 1);
            technicians.add(id);
            routes.add(new Route(id, "tech" + i, new double[] { lat, lon }, at(day, 8, zone), at(day, 18, zone), 12, travel));
        }
        Set<UUID> all = new HashSet<>(technicians);
        List<PlanVisit> visits = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            double r = 25 * Math.sqrt(random.nextDouble());
            double a = random.nextDouble() * 2 * Math.PI;
            int kind = i % 3;
            int from = kind == 1 ? 13 : 8;
            int to = kind == 0 ? 12 : 18;
            double[] site = { lat + r * Math.cos(a) / 111.195, lon + r * Math.sin(a) / (111.195 * Math.cos(Math.toRadians(lat))) };
            visits.add(new PlanVisit(new UUID(1, i + 1), site, at(day, from, zone), at(day, to, zone),
                    (30 + random.nextInt(16)) * 60L, all));
        }
        DayPlanSolution problem = new DayPlanSolution(visits, routes);
        NearestFirst.Outcome greedy = NearestFirst.plan(problem);
        long t0 = System.nanoTime();
        DayPlanSolver.Solved solved = DayPlanSolver.solve(problem, Duration.ofSeconds(30));
        double seconds = (System.nanoTime() - t0) / 1e9;
        long planned = solved.solution().routes.stream().mapToLong(Route::travelMinutes).sum();
        int placed = solved.solution().routes.stream().mapToInt(r -> r.visits.size()).sum();
        System.out.printf("solver only, 100 visits x 10 technicians: %.1f s, score %s (feasible %s), placed %d/100; "
                + "travel %d min vs nearest-first %d min (unplaced %d) = %.2fx%n", seconds, solved.solution().score,
                solved.solution().score.isFeasible(), placed, planned, greedy.travelMinutes(), greedy.unplanned(),
                (double) planned / greedy.travelMinutes());
    }

    private static long at(LocalDate day, int hour, ZoneId zone) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(zone).toInstant().getEpochSecond();
    }
}
