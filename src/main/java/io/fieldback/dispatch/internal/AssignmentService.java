package io.fieldback.dispatch.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.DomainEvents;
import io.fieldback.common.FieldError;
import io.fieldback.common.RowLocks;
import io.fieldback.common.TimeSource;
import io.fieldback.dispatch.AssignmentStatus;
import io.fieldback.dispatch.AssignmentView;
import io.fieldback.dispatch.CandidatesView.Reason;
import io.fieldback.dispatch.DispatchAssigned;
import io.fieldback.dispatch.DispatchEnRoute;
import io.fieldback.security.Caller;
import io.fieldback.station.TechnicianService;
import io.fieldback.station.TechnicianView;
import io.fieldback.visit.RepairVisit;
import io.fieldback.visit.RepairVisits;
import io.fieldback.visit.DispatchSteps;
import io.fieldback.visit.VisitStatus;

/** The dispatcher's side of assignments: assign (checked against the hard rules), confirm, withdraw. */
@ApplicationScoped
class AssignmentService {

    private final Caller caller;
    private final TimeSource time;
    private final DispatchConfig config;
    private final DispatchVisits dispatchVisits;
    private final CandidateService candidates;
    private final CapabilityService capabilities;
    private final TechnicianService technicians;
    private final DispatchSteps visitSteps;
    private final RepairVisits visits;
    private final DomainEvents events;
    private final Promises promises;

    AssignmentService(Caller caller, TimeSource time, DispatchConfig config, DispatchVisits dispatchVisits,
            CandidateService candidates, CapabilityService capabilities, TechnicianService technicians,
            DispatchSteps visitSteps, RepairVisits visits, DomainEvents events, Promises promises) {
        this.caller = caller;
        this.time = time;
        this.config = config;
        this.dispatchVisits = dispatchVisits;
        this.candidates = candidates;
        this.capabilities = capabilities;
        this.technicians = technicians;
        this.visitSteps = visitSteps;
        this.visits = visits;
        this.events = events;
        this.promises = promises;
    }

    @Transactional
    AssignmentView assign(UUID visitId, AssignmentRequests.Assign request) {
        RepairVisit visit = lockOpen(visitId);
        CandidateService.Context context = candidates.context(visit);
        TechnicianView technician = technicians.find(request.technicianId());
        if (technician == null || !technician.active()) {
            throw ApiException.badRequest("technicianId", "no active technician with this id");
        }
        Assignment live = Assignment.liveOf(visitId);
        if (live != null && live.status.isPinned()) {
            throw ApiException.conflict("the visit is pinned: technician " + live.technicianId + " has " + live.status
                    + " it; withdraw that assignment first");
        }
        requireEligible(context, technician, live);
        if (live != null) {
            live.moveTo(AssignmentStatus.WITHDRAWN);
            Assignment.flush();
        }
        AssignmentStatus status = request.status() == null ? AssignmentStatus.ASSIGNED : request.status();
        if (status != AssignmentStatus.ASSIGNED && status != AssignmentStatus.PROPOSED) {
            throw ApiException.badRequest("status", "a dispatcher assigns (ASSIGNED) or proposes (PROPOSED)");
        }
        Assignment assignment = create(visit, technician.id(), status, request.note());
        if (status == AssignmentStatus.ASSIGNED) {
            publish(assignment, caller.name());
        }
        return assignment.view();
    }

    Assignment create(RepairVisit visit, UUID technicianId, AssignmentStatus status, String note) {
        Assignment assignment = new Assignment();
        assignment.visitId = visit.id();
        assignment.technicianId = technicianId;
        assignment.stationId = visit.stationId();
        assignment.dealerId = visit.dealerId();
        assignment.customerId = visit.customerId();
        assignment.note = note;
        assignment.moveTo(status);
        assignment.persist();
        Assignment.flush();
        return assignment;
    }

    @Transactional
    AssignmentView confirm(UUID assignmentId) {
        Assignment assignment = lockVisible(assignmentId);
        if (assignment.status != AssignmentStatus.PROPOSED) {
            throw ApiException.conflict("only a PROPOSED assignment is confirmed; this one is " + assignment.status);
        }
        lockOpen(assignment.visitId);
        assignment.moveTo(AssignmentStatus.ASSIGNED);
        publish(assignment, caller.name());
        return assignment.view();
    }

    @Transactional
    AssignmentView withdraw(UUID assignmentId) {
        Assignment assignment = lockVisible(assignmentId);
        if (!assignment.status.isLive() || assignment.status == AssignmentStatus.ON_SITE) {
            throw ApiException.conflict("a " + assignment.status + " assignment cannot be withdrawn");
        }
        boolean published = assignment.status != AssignmentStatus.PROPOSED;
        assignment.moveTo(AssignmentStatus.WITHDRAWN);
        Assignment.flush();
        if (published) {
            visitSteps.dispatchFor(assignment.visitId, Set.of(), caller.name(), "assignment withdrawn");
        }
        return assignment.view();
    }

    @Transactional
    List<AssignmentView> ofVisit(UUID visitId) {
        dispatchVisits.visible(visitId);
        return Assignment.<Assignment>list("visitId = ?1 order by createdAt, id", visitId).stream().map(Assignment::view)
                .toList();
    }

    /** Puts an ASSIGNED assignment on the visit (the technician's phone sees it) and tells who listens. */
    void publish(Assignment assignment, String author) {
        String note = assignment.plannedStart == null ? assignment.note
                : "planned " + assignment.plannedStart + " (#" + assignment.sequence + " of the day)";
        visitSteps.dispatchFor(assignment.visitId, Set.of(assignment.technicianId), author, note);
        events.record(DispatchAssigned.TOPIC, assignment.visitId, assignment.dealerId, new DispatchAssigned(
                assignment.visitId, assignment.technicianId, assignment.customerId, assignment.stationId,
                assignment.plannedStart));
    }

    void enRoute(Assignment assignment) {
        events.record(DispatchEnRoute.TOPIC, assignment.visitId, assignment.dealerId, new DispatchEnRoute(
                assignment.visitId, assignment.technicianId, assignment.customerId, assignment.stationId, assignment.eta));
    }

    /** 409 naming every hard rule the technician breaks for the visit. */
    private void requireEligible(CandidateService.Context context, TechnicianView technician, Assignment live) {
        CapabilityService.Facts facts = capabilities.facts(List.of(technician.id())).get(technician.id());
        int jobs = Assignment.jobsOn(context.day(), config.timeZone(), List.of(technician.id()))
                .getOrDefault(technician.id(), 0);
        if (live != null && live.technicianId.equals(technician.id())) {
            jobs--; // re-assigning the same technician does not count this visit twice
        }
        List<Reason> broken = Eligibility.broken(context.job(), technician.stationId(), facts, jobs, config.timeZone());
        if (!broken.isEmpty()) {
            String rules = broken.stream().map(r -> r.rule() + " (" + r.detail() + ")").collect(Collectors.joining("; "));
            throw new ApiException(409, "dispatch-rule", "Dispatch rule broken", "technician " + technician.id()
                    + " may not take this visit: " + rules,
                    broken.stream().map(r -> new FieldError("technicianId", r.rule().name())).toList());
        }
    }

    private RepairVisit lockOpen(UUID visitId) {
        dispatchVisits.visible(visitId);
        RowLocks.lock("visits", visitId);
        RepairVisit visit = visits.find(visitId);
        if (visit.status() != VisitStatus.REQUESTED && visit.status() != VisitStatus.DISPATCHED) {
            throw ApiException.conflict("a " + visit.status() + " visit is not dispatched any more");
        }
        return visit;
    }

    private Assignment lockVisible(UUID assignmentId) {
        Assignment assignment = RowLocks.lock("dispatch_assignments", assignmentId) ? Assignment.findById(assignmentId)
                : null;
        if (assignment == null || !caller.canSeeStation(assignment.stationId, assignment.dealerId)) {
            throw ApiException.notFound("assignment " + assignmentId);
        }
        return assignment;
    }

    Instant now() {
        return time.now();
    }
}
