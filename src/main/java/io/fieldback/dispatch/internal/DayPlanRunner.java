package io.fieldback.dispatch.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.JdbcColumns;
import io.fieldback.dispatch.AssignmentStatus;
import io.fieldback.dispatch.DayPlanView;
import io.fieldback.dispatch.internal.plan.DayPlanSolution;
import io.fieldback.dispatch.internal.plan.DayPlanSolver;
import io.fieldback.dispatch.internal.plan.NearestFirst;
import io.fieldback.dispatch.internal.plan.Route;
import io.fieldback.dispatch.internal.plan.TravelTime;
import io.fieldback.visit.RepairVisit;
import io.fieldback.visit.RepairVisits;
import io.fieldback.visit.VisitStatus;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Runs queued day plans: claims one (SKIP LOCKED, so several instances share the queue), solves it outside
 * any transaction, then writes the result and publishes the assignments in one transaction.
 */
@ApplicationScoped
class DayPlanRunner {

    private final DispatchConfig config;
    private final DayPlans plans;
    private final DayPlanFacts facts;
    private final AssignmentService assignments;
    private final RepairVisits visits;
    private final ExecutorService kicker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "day-plan");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean kicked = new AtomicBoolean();

    DayPlanRunner(DispatchConfig config, DayPlans plans, DayPlanFacts facts, AssignmentService assignments,
            RepairVisits visits) {
        this.config = config;
        this.plans = plans;
        this.facts = facts;
        this.assignments = assignments;
        this.visits = visits;
    }

    /** The travel time the planner uses; great-circle at the configured speed unless replaced. */
    TravelTime travel() {
        return TravelTime.greatCircle(config.travelSpeedKmh());
    }

    @Scheduled(identity = "day-plans", every = "${fieldback.dispatch.plan.every:10s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runAll();
    }

    void startSoon() {
        if (kicked.compareAndSet(false, true)) {
            kicker.submit(() -> {
                kicked.set(false);
                try {
                    runAll();
                } catch (RuntimeException e) {
                    Log.errorf(e, "day plan run failed; the scheduled run retries");
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        kicker.shutdownNow();
    }

    /** Runs on a scheduler or kicker thread: a request context of its own (no caller) for the beans that ask. */
    void runAll() {
        io.quarkus.arc.ManagedContext requests = io.quarkus.arc.Arc.container().requestContext();
        boolean activated = !requests.isActive();
        if (activated) {
            requests.activate();
        }
        try {
            UUID planId;
            while ((planId = QuarkusTransaction.requiringNew().call(this::claim)) != null) {
                run(planId);
            }
        } finally {
            if (activated) {
                requests.terminate();
            }
        }
    }

    private void run(UUID planId) {
        DayPlan claimed = QuarkusTransaction.requiringNew().call(() -> DayPlan.findById(planId));
        try {
            DayPlanSolution problem = facts.read(claimed.stationId, claimed.date, travel());
            NearestFirst.Outcome greedy = NearestFirst.plan(problem);
            DayPlanSolver.Solved solved = problem.visits.isEmpty() || problem.routes.isEmpty()
                    ? new DayPlanSolver.Solved(problem, List.of(), 0) : DayPlanSolver.solve(problem, config.plan().timeLimit());
            QuarkusTransaction.requiringNew().run(() -> finish(planId, solved, greedy));
        } catch (RuntimeException e) {
            Log.errorf(e, "day plan %s failed", planId);
            QuarkusTransaction.requiringNew().run(() -> {
                DayPlan plan = DayPlan.findById(planId);
                plan.status = DayPlans.FAILED;
                plan.error = "the plan could not be computed: " + e.getClass().getSimpleName();
                plan.finishedAt = plans.now();
            });
        }
    }

    private UUID claim() {
        @SuppressWarnings("unchecked")
        List<Object> ids = Panache.getEntityManager().createNativeQuery("SELECT id FROM dispatch_plans WHERE status = ?1 "
                + "ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED").setParameter(1, DayPlans.QUEUED).getResultList();
        if (ids.isEmpty()) {
            return null;
        }
        UUID id = JdbcColumns.uuid(ids.get(0));
        DayPlan plan = DayPlan.findById(id);
        plan.status = DayPlans.RUNNING;
        plan.startedAt = plans.now();
        return id;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void finish(UUID planId, DayPlanSolver.Solved solved, NearestFirst.Outcome greedy) {
        DayPlan plan = DayPlan.findById(planId);
        DayPlanSolution best = solved.solution();
        List<DayPlanView.RouteView> routes = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Set<UUID> placed = new HashSet<>();
        long travel = 0;
        for (Route route : best.routes) {
            travel += route.travelMinutes();
            routes.add(routeView(plan, route, placed, skipped));
        }
        List<UUID> unplanned = best.visits.stream().map(v -> v.id()).filter(id -> !placed.contains(id)).toList();
        List<DayPlanView.Broken> broken = solved.broken().stream().map(b -> new DayPlanView.Broken(b.constraint(),
                b.level(), b.penalty(), b.matches(), b.details())).toList();
        plan.result = plans.write(new DayPlanView.Result(routes, unplanned, travel,
                greedy.travelMinutes(), greedy.unplanned(), broken, skipped));
        plan.score = best.score == null ? "0hard/" + -unplanned.size() + "medium/0soft" : best.score.toString();
        plan.feasible = best.score == null || best.score.isFeasible();
        plan.status = DayPlans.DONE;
        plan.finishedAt = plans.now();
    }

    /** The route's stops as the plan shows them, each published to its technician (problems go to skipped). */
    private DayPlanView.RouteView routeView(DayPlan plan, Route route, Set<UUID> placed, List<String> skipped) {
        List<DayPlanView.StopView> stops = new ArrayList<>();
        int sequence = 0;
        for (Route.Stop stop : route.schedule()) {
            sequence++;
            boolean pinned = sequence <= route.pinned;
            placed.add(stop.visit().id());
            stops.add(new DayPlanView.StopView(stop.visit().id(), sequence, Instant.ofEpochSecond(stop.arrival()),
                    Instant.ofEpochSecond(stop.start()), Instant.ofEpochSecond(stop.end()),
                    Math.round(stop.travelSeconds() / 60.0), pinned));
            String problem = publish(plan, route.technicianId, stop, sequence, pinned);
            if (problem != null) {
                skipped.add(problem);
            }
        }
        return new DayPlanView.RouteView(route.technicianId, route.name, route.travelMinutes(), stops);
    }

    /** Makes the stop an assignment the technician's phone sees; returns why not when the facts changed meanwhile. */
    private String publish(DayPlan plan, UUID technicianId, Route.Stop stop, int sequence, boolean pinned) {
        UUID visitId = stop.visit().id();
        io.fieldback.common.RowLocks.lock("visits", visitId);
        RepairVisit visit = visits.find(visitId);
        if (visit == null || (visit.status() != VisitStatus.REQUESTED && visit.status() != VisitStatus.DISPATCHED)) {
            return visitId + ": the visit is " + (visit == null ? "gone" : visit.status()) + " now";
        }
        Assignment live = Assignment.liveOf(visitId);
        if (pinned || (live != null && live.status.isPinned())) {
            if (live != null && live.technicianId.equals(technicianId)) {
                plan(live, plan, stop, sequence);
                return null;
            }
            return visitId + ": its accepted assignment changed while planning";
        }
        if (live != null && live.technicianId.equals(technicianId)) {
            plan(live, plan, stop, sequence);
            live.moveTo(AssignmentStatus.ASSIGNED);
        } else {
            if (live != null) {
                live.moveTo(AssignmentStatus.WITHDRAWN);
                Assignment.flush();
            }
            live = assignments.create(visit, technicianId, AssignmentStatus.ASSIGNED, null);
            plan(live, plan, stop, sequence);
        }
        assignments.publish(live, "day plan " + plan.id);
        return null;
    }

    private static void plan(Assignment assignment, DayPlan plan, Route.Stop stop, int sequence) {
        assignment.planId = plan.id;
        assignment.plannedStart = Instant.ofEpochSecond(stop.start());
        assignment.sequence = sequence;
    }
}
