package io.fieldback.complaint.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.clock.ClockView;
import io.fieldback.clock.DeadlineRule;
import io.fieldback.common.ApiException;
import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.RowLocks;
import io.fieldback.common.TimeSource;
import io.fieldback.complaint.Category;
import io.fieldback.complaint.Channel;
import io.fieldback.complaint.ComplaintRequest;
import io.fieldback.complaint.ComplaintService;
import io.fieldback.complaint.ComplaintService.Criteria;
import io.fieldback.complaint.ComplaintStatus;
import io.fieldback.complaint.ComplaintSummary;
import io.fieldback.complaint.ComplaintView;
import io.fieldback.complaint.Severity;
import io.fieldback.privacy.AuditAction;
import io.fieldback.privacy.PersonalData;
import io.fieldback.security.Caller;
import io.fieldback.security.Roles;

/** Intake and reading of complaints, within the caller's tenancy. */
@ApplicationScoped
class ComplaintRegistry implements ComplaintService {

    private final Caller caller;
    private final TimeSource time;
    private final ComplaintConfig config;
    private final Directory directory;
    private final Deadlines deadlines;
    private final PersonalData privacy;

    public ComplaintRegistry(Caller caller, TimeSource time, ComplaintConfig config, Directory directory,
            Deadlines deadlines, PersonalData privacy) {
        this.privacy = privacy;
        this.caller = caller;
        this.time = time;
        this.config = config;
        this.directory = directory;
        this.deadlines = deadlines;
    }

    /**
     * Takes in a complaint and starts its clocks. A complaint from the same customer about the same
     * visit received within the duplicate window of an earlier one is stored too, linked to the
     * earliest of them: nothing a customer said is merged away.
     */
    @Transactional
    public ComplaintView create(ComplaintRequest request) {
        Instant receivedAt = receivedAt(request.receivedAt());
        if (request.visitId() != null) {
            // Intakes about one customer wait for each other here, so of two reports of the same visit
            // arriving at once exactly one is the original. The lock comes before any other read: the
            // transaction's snapshot is taken at its first plain read and must include the one before.
            RowLocks.lock("customers", request.customerId());
        }
        UUID confined = caller.confinedToDealer();
        Directory.CustomerRef customer = reachableCustomer(request, confined);
        Channel channel = confined != null ? Channel.DEALER : request.channel();
        if (channel == null) {
            throw ApiException.badRequest("channel", "must not be null");
        }
        Complaint complaint = Complaint.received(request, customer.id(), channel, receivedAt);
        complaint.departmentCode = request.departmentCode() == null ? null
                : activeDepartment("departmentCode", request.departmentCode()).code;
        open(complaint, caller.name());
        // whoever wrote the contact gets it back in clear
        return view(complaint, true);
    }

    /** When the complaint was received: as given, or now; a sender's clock a little fast is taken as now. */
    private Instant receivedAt(Instant requested) {
        Instant now = time.now();
        Instant receivedAt = requested == null ? now : requested.truncatedTo(ChronoUnit.MICROS);
        if (receivedAt.isAfter(now.plus(TransitionRules.CLOCK_SKEW))) {
            throw ApiException.badRequest("receivedAt", "may not be in the future");
        }
        return receivedAt.isAfter(now) ? now : receivedAt;
    }

    /**
     * The complaint's customer, if the caller may file for them (a dealer for its own customers, or about a
     * visit of its stations), with the visit and equipment named belonging to that customer.
     */
    private Directory.CustomerRef reachableCustomer(ComplaintRequest request, UUID confined) {
        Directory.CustomerRef customer = directory.customer(request.customerId());
        Directory.VisitRef visit = request.visitId() == null ? null : directory.visit(request.visitId());
        if (customer == null || (confined != null && !confined.equals(customer.dealerId())
                && !(visit != null && confined.equals(visit.dealerId())))) {
            throw ApiException.badRequest("customerId", "no customer with this id");
        }
        if (visit != null && !visit.customerId().equals(customer.id())) {
            throw ApiException.badRequest("visitId", "a visit of another customer");
        }
        if (request.equipmentId() != null && !directory.ownsEquipment(customer.id(), request.equipmentId())) {
            throw ApiException.badRequest("equipmentId", "not an equipment of this customer");
        }
        return customer;
    }

    /**
     * Takes up a problem a customer raised on a follow-up call (the {@code followup.escalated} event): a
     * complaint on the FOLLOW_UP channel, received when the call raised it, linked to the escalation and
     * the call. Acts for the system, whatever the caller. Null when the escalation already has its
     * complaint (a replayed or duplicated event); the unique key on the escalation id backs this up
     * against concurrent consumers.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID fromFollowUpEscalation(UUID escalationId, UUID followUpId, UUID customerId, UUID visitId,
            UUID equipmentId, Category category, Severity severity, String summary, Instant raisedAt) {
        // same lock as a hotline intake about a visit, so duplicate detection sees both
        RowLocks.lock("customers", customerId);
        if (Complaint.byFollowUpEscalation(escalationId) != null) {
            return null;
        }
        Instant now = time.now();
        Complaint complaint = new Complaint();
        complaint.customerId = customerId;
        complaint.visitId = visitId;
        complaint.equipmentId = equipmentId != null && directory.ownsEquipment(customerId, equipmentId)
                ? equipmentId : null;
        complaint.channel = Channel.FOLLOW_UP;
        complaint.category = category == null ? Category.OTHER : category;
        complaint.severity = severity == null ? Severity.NORMAL : severity;
        complaint.description = summary == null || summary.isBlank() ? "raised on follow-up call " + followUpId
                : summary;
        Instant received = raisedAt == null ? now : raisedAt.truncatedTo(ChronoUnit.MICROS);
        complaint.receivedAt = received.isAfter(now) ? now : received;
        complaint.status = ComplaintStatus.RECEIVED;
        complaint.sourceReference = "followup:" + followUpId;
        complaint.followUpEscalationId = escalationId;
        open(complaint, SYSTEM);
        return complaint.id;
    }

    /** Who took in the complaints the system takes up by itself (from follow-up escalations). */
    public static final String SYSTEM = "system";

    private void open(Complaint complaint, String actor) {
        complaint.createdBy = actor;
        complaint.duplicateOf = duplicateOf(complaint);
        complaint.persist();
        deadlines.open(complaint);
        ComplaintStep.record(complaint.id, null, ComplaintStatus.RECEIVED, null, actor, complaint.receivedAt,
                time.now());
        if (complaint.contactName != null || complaint.contactPhone != null) {
            privacy.changed(AuditAction.CREATE, "complaint", complaint.id, complaint.customerId,
                    complaint.contactName == null ? "contactPhone"
                            : complaint.contactPhone == null ? "contactName" : "contactName,contactPhone");
        }
        Complaint.flush();
    }

    @Transactional
    public ComplaintView get(UUID id) {
        return view(visible(id));
    }

    @Transactional
    public Page<ComplaintSummary> list(Criteria criteria, PageParams paging) {
        Instant now = time.now();
        Filter filter = new Filter()
                .eq("e.status", criteria.status())
                .eq("e.category", criteria.category())
                .eq("e.severity", criteria.severity())
                .eq("e.customerId", criteria.customerId())
                .clause(Directory.OF_DEALER, caller.confinedToDealer());
        if (criteria.overdue() != null) {
            filter.clause((criteria.overdue() ? "e.id in (" : "e.id not in (")
                    + DeadlineRule.overdueSubjectsJpql(Deadlines.SUBJECT, "p") + ")", now);
        }
        Page<Complaint> page = Keyset.page(Complaint.class, filter, paging, Function.identity());
        Map<UUID, List<ClockView>> clocks = deadlines.ofAll(page.items().stream().map(c -> c.id).toList());
        return new Page<>(page.items().stream()
                .map(c -> Views.summary(c, clocks.getOrDefault(c.id, List.of()), now)).toList(),
                page.nextCursor());
    }

    /**
     * The complaint if the caller may see it; 404 otherwise, so another dealer's complaints stay
     * invisible. A dealer sees complaints about its customers and about the visits its stations made.
     */
    Complaint visible(UUID id) {
        Complaint complaint = Complaint.findById(id);
        UUID confined = caller.confinedToDealer();
        if (complaint == null || (confined != null && !concerns(complaint, confined))) {
            throw ApiException.notFound("complaint " + id);
        }
        return complaint;
    }

    /**
     * The dealer the complaint concerns most directly: the one whose station made the visit, else the
     * one serving the customer; null when neither is known.
     */
    UUID dealerOf(Complaint complaint) {
        Directory.VisitRef visit = complaint.visitId == null ? null : directory.visit(complaint.visitId);
        if (visit != null) {
            return visit.dealerId();
        }
        Directory.CustomerRef customer = directory.customer(complaint.customerId);
        return customer == null ? null : customer.dealerId();
    }

    private boolean concerns(Complaint complaint, UUID dealerId) {
        Directory.CustomerRef customer = directory.customer(complaint.customerId);
        if (customer != null && dealerId.equals(customer.dealerId())) {
            return true;
        }
        Directory.VisitRef visit = complaint.visitId == null ? null : directory.visit(complaint.visitId);
        return visit != null && dealerId.equals(visit.dealerId());
    }

    ComplaintView view(Complaint complaint) {
        Directory.CustomerRef customer = directory.customer(complaint.customerId);
        boolean clear = privacy.clear(PersonalData.View.COMPLAINT, complaint.customerId,
                customer == null ? null : customer.dealerId());
        if (clear && (complaint.contactName != null || complaint.contactPhone != null)) {
            privacy.read("complaint", complaint.id, complaint.customerId, "contactName,contactPhone");
        }
        return view(complaint, clear);
    }

    /** {@code clear}: the caller sees the contact in clear (it just sent it, or may see it). */
    private ComplaintView view(Complaint complaint, boolean clear) {
        return Views.complaint(complaint, deadlines.of(complaint.id), ComplaintEscalation.of(complaint.id),
                ComplaintStep.of(complaint.id), caller.isAny(Roles.HANDLER, Roles.ADMIN), clear, time.now());
    }

    static Department activeDepartment(String field, String code) {
        Department department = Department.byCode(code);
        if (department == null || !department.active) {
            throw ApiException.badRequest(field, "no active department with code '" + code + "'");
        }
        return department;
    }

    private UUID duplicateOf(Complaint complaint) {
        if (complaint.visitId == null) {
            return null;
        }
        Duration window = config.duplicateWindow();
        Complaint earlier = Complaint.duplicateTarget(complaint.customerId, complaint.visitId,
                complaint.receivedAt.minus(window), complaint.receivedAt.plus(window));
        if (earlier == null) {
            return null;
        }
        return earlier.duplicateOf != null ? earlier.duplicateOf : earlier.id;
    }
}
