package io.fieldback.dispatch.internal;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.RowLocks;
import io.fieldback.common.TimeSource;
import io.fieldback.dispatch.AssignmentStatus;
import io.fieldback.dispatch.AssignmentView;
import io.fieldback.security.Caller;
import io.fieldback.visit.DispatchSteps;

/**
 * The technician's side: accept, decline, set off, arrive. Offline-safe like visit events: the phone
 * names each event, a resend is stored once, and a late event that the assignment is already past is
 * kept without moving it back.
 */
@ApplicationScoped
class PhoneAssignments {

    /** How far along an assignment is, for late events; DECLINED is not on this line. */
    private static final Map<AssignmentStatus, Integer> RANK = Map.of(AssignmentStatus.ASSIGNED, 0,
            AssignmentStatus.ACCEPTED, 1, AssignmentStatus.EN_ROUTE, 2, AssignmentStatus.ON_SITE, 3);

    private final Caller caller;
    private final TimeSource time;
    private final AssignmentService assignments;
    private final DispatchSteps visits;
    private final Promises promises;

    PhoneAssignments(Caller caller, TimeSource time, AssignmentService assignments, DispatchSteps visits,
            Promises promises) {
        this.caller = caller;
        this.time = time;
        this.assignments = assignments;
        this.visits = visits;
        this.promises = promises;
    }

    record Answer(AssignmentView assignment, boolean created) {
    }

    @Transactional
    List<AssignmentView> mine() {
        return Assignment.<Assignment>list("technicianId = ?1 and status in ?2 order by plannedStart, createdAt, id",
                me(), List.of(AssignmentStatus.ASSIGNED, AssignmentStatus.ACCEPTED, AssignmentStatus.EN_ROUTE,
                        AssignmentStatus.ON_SITE)).stream().map(Assignment::view).toList();
    }

    @Transactional
    Answer record(UUID assignmentId, AssignmentRequests.Event request) {
        Assignment assignment = RowLocks.lock("dispatch_assignments", assignmentId) ? Assignment.findById(assignmentId)
                : null;
        if (assignment == null || !assignment.technicianId.equals(me()) || assignment.status == AssignmentStatus.PROPOSED) {
            throw ApiException.notFound("assignment " + assignmentId);
        }
        AssignmentEvent existing = AssignmentEvent.findById(request.id());
        if (existing != null) {
            if (!existing.assignmentId.equals(assignmentId)) {
                throw ApiException.conflict("event " + request.id() + " belongs to another assignment");
            }
            return new Answer(assignment.view(), false);
        }
        validate(request);
        boolean moves = apply(assignment, request);
        AssignmentEvent event = new AssignmentEvent();
        event.id = request.id();
        event.assignmentId = assignmentId;
        event.type = request.type();
        event.occurredAt = request.occurredAt().truncatedTo(ChronoUnit.MICROS);
        event.receivedAt = time.now();
        event.eta = request.eta();
        event.note = request.note();
        event.persist();
        if (moves) {
            Assignment.flush();
        }
        return new Answer(assignment.view(), true);
    }

    /** Moves the assignment if the event is ahead of it; false for a late event it is already past. */
    private boolean apply(Assignment assignment, AssignmentRequests.Event request) {
        AssignmentStatus target = request.type();
        if (!assignment.status.isLive()) {
            throw ApiException.conflict("the assignment was " + assignment.status + "; it cannot be " + target
                    + " (ask the dispatcher)");
        }
        if (target != AssignmentStatus.DECLINED && RANK.get(target) <= RANK.getOrDefault(assignment.status, 0)
                && assignment.status != AssignmentStatus.ASSIGNED) {
            return false;
        }
        if (!assignment.status.phoneNext().contains(target)) {
            throw new ApiException(409, "illegal-transition", "Illegal transition", "a " + assignment.status
                    + " assignment cannot become " + target + "; allowed: " + assignment.status.phoneNext(), null);
        }
        assignment.moveTo(target);
        followUp(assignment, request);
        return true;
    }

    /** What a step of the technician's means beyond the assignment: for the visit, the ETA and the promise. */
    private void followUp(Assignment assignment, AssignmentRequests.Event request) {
        switch (request.type()) {
            case DECLINED -> {
                assignment.note = request.note();
                visits.dispatchFor(assignment.visitId, Set.of(), caller.name(), "declined by the technician");
            }
            case EN_ROUTE -> {
                assignment.eta = request.eta();
                assignments.enRoute(assignment);
            }
            case ON_SITE -> {
                visits.arrivedFor(assignment.visitId, assignment.technicianId, request.occurredAt(), caller.name());
                promises.arrived(assignment.visitId, request.occurredAt().truncatedTo(ChronoUnit.MICROS));
            }
            default -> {
            }
        }
    }

    private void validate(AssignmentRequests.Event request) {
        if (!RANK.containsKey(request.type()) && request.type() != AssignmentStatus.DECLINED
                || request.type() == AssignmentStatus.ASSIGNED) {
            throw ApiException.badRequest("type", "the phone sends ACCEPTED, DECLINED, EN_ROUTE or ON_SITE");
        }
        DispatchVisits.requireStorable("occurredAt", request.occurredAt());
        DispatchVisits.requireStorable("eta", request.eta());
        if (request.occurredAt().isAfter(time.now().plusSeconds(300))) {
            throw ApiException.badRequest("occurredAt", "is in the future (beyond 5 minutes of the server's clock)");
        }
    }

    private UUID me() {
        UUID id = caller.technicianId();
        if (id == null) {
            throw ApiException.forbidden("assignments are answered from a technician's phone; the token carries no technician_id");
        }
        return id;
    }
}
