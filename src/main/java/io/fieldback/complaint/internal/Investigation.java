package io.fieldback.complaint.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.fieldback.common.FieldError;
import io.fieldback.common.Outcome;
import io.fieldback.common.Refusal;
import io.fieldback.complaint.ComplaintStatus;
import io.fieldback.complaint.InvestigationRequest;

/** The rules for recording a complaint's investigation, which replaces the one recorded before. */
final class Investigation {

    private Investigation() {
    }

    /**
     * Records the investigation on the complaint as of its stated time (or now); returns that time, or the
     * refusal: a closed complaint (reopen it first), a countermeasure due before the receipt, a time that is
     * not the investigation's. {@code departmentCode} is already checked to be an active department.
     */
    static Outcome<Instant> record(Complaint complaint, InvestigationRequest request, String departmentCode,
            String by, Instant now) {
        if (complaint.status == ComplaintStatus.CLOSED) {
            return Outcome.refused(new Refusal(409, "conflict", "Conflict",
                    "the complaint is closed; reopen it to change its investigation", null));
        }
        Refusal badDates = duesBeforeReceipt(complaint, request);
        if (badDates != null) {
            return Outcome.refused(badDates);
        }
        Refusal badTime = TransitionRules.stepTimeRefusal(complaint.receivedAt, request.occurredAt(), now, null);
        if (badTime != null) {
            return Outcome.refused(badTime);
        }
        Instant at = TransitionRules.stepTime(request.occurredAt(), now);
        copyFindings(complaint, request, departmentCode);
        complaint.investigationBy = by;
        complaint.investigationAt = at;
        complaint.investigationEnteredAt = now;
        return Outcome.moved(at);
    }

    /** The root cause, the department that answers for it and the two countermeasures, onto the complaint. */
    private static void copyFindings(Complaint complaint, InvestigationRequest request, String departmentCode) {
        complaint.rootCause = request.rootCause();
        complaint.departmentCode = departmentCode;
        complaint.faultOrigin = request.faultOrigin();
        complaint.supplierName = request.supplierName();
        InvestigationRequest.Countermeasure temporary = request.temporaryCountermeasure();
        complaint.temporaryAction = temporary == null ? null : temporary.action();
        complaint.temporaryOwner = temporary == null ? null : temporary.owner();
        complaint.temporaryDue = temporary == null ? null : temporary.dueDate();
        InvestigationRequest.Countermeasure permanent = request.permanentCountermeasure();
        complaint.permanentAction = permanent == null ? null : permanent.action();
        complaint.permanentOwner = permanent == null ? null : permanent.owner();
        complaint.permanentDue = permanent == null ? null : permanent.dueDate();
    }

    private static Refusal duesBeforeReceipt(Complaint complaint, InvestigationRequest request) {
        LocalDate received = complaint.receivedAt.atZone(ZoneOffset.UTC).toLocalDate();
        List<FieldError> errors = new ArrayList<>();
        dueNotBeforeReceipt(errors, "temporaryCountermeasure", request.temporaryCountermeasure(), received);
        dueNotBeforeReceipt(errors, "permanentCountermeasure", request.permanentCountermeasure(), received);
        if (errors.isEmpty()) {
            return null;
        }
        return new Refusal(400, "validation", "Invalid request", errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message() : errors.size() + " fields are invalid", errors);
    }

    private static void dueNotBeforeReceipt(List<FieldError> errors, String field,
            InvestigationRequest.Countermeasure countermeasure, LocalDate received) {
        if (countermeasure != null && countermeasure.dueDate().isBefore(received)) {
            errors.add(new FieldError(field + ".dueDate", "may not be before the complaint was received (" + received
                    + ")"));
        }
    }
}
