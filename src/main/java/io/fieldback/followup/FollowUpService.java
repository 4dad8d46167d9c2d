package io.fieldback.followup;

import io.fieldback.followup.internal.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.RowLocks;
import io.fieldback.common.TimeSource;
import io.fieldback.customer.CustomerService;
import io.fieldback.customer.EquipmentService;
import io.fieldback.customer.EquipmentView;
import io.fieldback.privacy.PersonalData;
import io.fieldback.security.Caller;
import io.fieldback.visit.VisitService;
import io.fieldback.visit.VisitView;

/** Calls created by hand, reading calls, and clearing a screening flag. */
@ApplicationScoped
public class FollowUpService {

    private final Caller caller;
    private final TimeSource time;
    private final CallPlanner planner;
    private final CustomerService customers;
    private final EquipmentService equipment;
    private final VisitService visits;
    private final PersonalData privacy;

    public FollowUpService(Caller caller, TimeSource time, CallPlanner planner, CustomerService customers,
            EquipmentService equipment, VisitService visits, PersonalData privacy) {
        this.privacy = privacy;
        this.caller = caller;
        this.time = time;
        this.planner = planner;
        this.customers = customers;
        this.equipment = equipment;
        this.visits = visits;
    }

    /**
     * Whether the customer has an open (sampled, queued) follow-up call due by {@code until}, overdue ones
     * included. Ignores the caller's tenancy (system use: notifications hold courtesy messages back so they
     * do not colour the customer's answers).
     */
    @Transactional
    public boolean callDueBy(UUID customerId, Instant until) {
        return FollowUp.count("customerId = ?1 and status = ?2 and dueAt <= ?3", customerId, FollowUpStatus.OPEN,
                until) > 0;
    }

    /** List filters of GET /followups. */
    public record Criteria(FollowUpStatus status, UUID customerId, UUID visitId, String productLine, Boolean flagged,
            LocalDate sampleDate, Instant dueFrom, Instant dueTo, UUID complaintId, CallPurpose purpose) {
    }

    @Transactional
    public FollowUpView create(FollowUpRequest request) {
        planner.lockCustomer(request.customerId());
        if (customers.find(request.customerId()) == null) {
            throw ApiException.badRequest("customerId", "no customer with this id");
        }
        VisitView visit = visitToFollow(request);
        UUID equipmentId = request.equipmentId() != null ? request.equipmentId()
                : visit == null ? null : visit.equipmentId();
        requireCustomersEquipment(equipmentId, request.customerId());
        Instant dueAt = request.dueAt() == null ? time.now()
                : request.dueAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        FollowUp call = planner.manual(request.customerId(), request.visitId(),
                visit == null ? null : visit.stationId(), visit == null ? null : visit.dealerId(), equipmentId, dueAt,
                request.note(), caller.name());
        // flushed here so that a visit taken meanwhile by the scheduler is a 409 from the service
        FollowUp.flush();
        return view(call, true);
    }

    /** The visit the call follows up (null for none): the customer's, and not followed up yet. */
    private VisitView visitToFollow(FollowUpRequest request) {
        if (request.visitId() == null) {
            return null;
        }
        VisitView visit = visits.find(request.visitId());
        if (visit == null || !visit.customerId().equals(request.customerId())) {
            throw ApiException.badRequest("visitId", "no visit with this id for this customer");
        }
        if (FollowUp.existsForVisit(visit.id())) {
            throw ApiException.conflict("visit " + visit.id() + " already has a follow-up call");
        }
        return visit;
    }

    private void requireCustomersEquipment(UUID equipmentId, UUID customerId) {
        if (equipmentId != null) {
            EquipmentView unit = equipment.find(equipmentId);
            if (unit == null || !unit.customerId().equals(customerId)) {
                throw ApiException.badRequest("equipmentId", "no equipment with this id for this customer");
            }
        }
    }

    @Transactional
    public FollowUpView get(UUID id) {
        return view(find(id), true);
    }

    @Transactional
    public Page<FollowUpView> list(Criteria criteria, PageParams paging) {
        Filter filter = new Filter().eq("e.status", criteria.status()).eq("e.customerId", criteria.customerId())
                .eq("e.visitId", criteria.visitId()).eq("e.productLine", criteria.productLine())
                .eq("e.sampleDate", criteria.sampleDate()).clause("e.dueAt >= :p", criteria.dueFrom())
                .clause("e.dueAt < :p", criteria.dueTo()).eq("e.complaintId", criteria.complaintId())
                .eq("e.purpose", criteria.purpose());
        if (criteria.flagged() != null) {
            filter.clause(criteria.flagged() ? "(e.perfunctory = :p and e.screeningClearedAt is null)"
                    : "(e.perfunctory = :p or e.screeningClearedAt is not null)", criteria.flagged() ? Boolean.TRUE
                            : Boolean.FALSE);
        }
        Instant now = time.now();
        return Keyset.page(FollowUp.class, filter, paging, f -> view(f, false, now));
    }

    /** A supervisor clears a perfunctory flag; the call keeps the flag's history and stays stored. */
    @Transactional
    public FollowUpView clearScreening(UUID id, ClearScreeningRequest request) {
        FollowUp call = lock(id);
        if (!call.perfunctory) {
            throw ApiException.conflict("this call is not flagged perfunctory");
        }
        if (call.screeningClearedAt != null) {
            throw ApiException.conflict("the flag was already cleared by " + call.screeningClearedBy + " at "
                    + call.screeningClearedAt);
        }
        call.screeningClearedBy = caller.name();
        call.screeningClearedAt = time.now();
        call.screeningClearReason = request.reason();
        FollowUp.flush();
        return view(call, true);
    }

    public FollowUpView view(FollowUp call, boolean detail) {
        return view(call, detail, time.now());
    }

    /**
     * The contact's name and phone are for the people who dial them (agents) and admins; everyone else
     * sees them masked. Reads in clear are audited.
     */
    private FollowUpView view(FollowUp call, boolean detail, Instant now) {
        boolean clear = privacy.clear(PersonalData.View.FOLLOW_UP, call.customerId, null);
        if (clear && call.contactId != null) {
            privacy.read("followup", call.id, call.customerId, "contact.name,contact.phone");
        }
        return FollowUpView.of(call, detail, clear, now);
    }

    static FollowUp find(UUID id) {
        FollowUp call = FollowUp.findById(id);
        if (call == null) {
            throw ApiException.notFound("follow-up call " + id);
        }
        return call;
    }

    static FollowUp lock(UUID id) {
        if (!RowLocks.lock("followup_calls", id)) {
            throw ApiException.notFound("follow-up call " + id);
        }
        return FollowUp.findById(id);
    }
}
