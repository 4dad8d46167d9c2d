package io.fieldback.followup;

import io.fieldback.followup.internal.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;
import io.fieldback.customer.Relationship;
import io.fieldback.privacy.PersonalData;

@Schema(name = "FollowUp", description = "A follow-up call. Lists leave out answers and attempts; GET by id has them.")
public record FollowUpView(UUID id, FollowUpSource source,
        @Schema(description = "why the call is made; first-call figures count FIRST_FOLLOW_UP calls only") CallPurpose purpose,
        FollowUpStatus status,
        @Schema(description = "why the call may not be made (NOT_ELIGIBLE only): decided at scheduling, and again at the "
                + "day's draw, at hand-out and whenever the customer changes; closedAt says when") IneligibleReason ineligibleReason,
        @Schema(description = "why an UNREACHABLE call was closed") CloseReason closeReason,
        UUID customerId, UUID visitId, UUID equipmentId, UUID stationId, Relationship relationship,
        @Schema(description = "the equipment's product line; the queue prefers agents trained on it") String productLine,
        ContactInfo contact, Instant dueAt,
        @Schema(description = "the agent holding an unexpired claim, if any") String claimedBy,
        Instant claimExpiresAt,
        @Schema(description = "every attempt recorded") int attemptCount,
        @Schema(description = "attempts that went unanswered (no answer, busy); the maximum makes the call UNREACHABLE") int unansweredAttempts,
        @Schema(description = "sampling mode: the day whose sample took or left out this call") LocalDate sampleDate,
        UUID questionnaireId, Integer questionnaireVersion,
        List<AnswerView> answers, List<AttemptView> attempts, ScreeningView screening,
        @Schema(description = "the escalation (complaint draft) this call raised, if any") UUID escalationId,
        @Schema(description = "SECOND_SATISFACTION calls: the closed complaint they ask about") UUID complaintId,
        String note, String createdBy, Instant closedAt, long version, Instant createdAt, Instant updatedAt)
        implements Versioned {

    @Schema(name = "FollowUpContact")
    public record ContactInfo(UUID id,
            @Schema(description = "shown in full to agents and admins only; masked (first character) for everyone else",
                    example = "李**") String name,
            @Schema(description = "shown in full to agents and admins only; masked for everyone else",
                    example = "+86139****5678") String phone,
            @Schema(type = SchemaType.STRING, format = "time") LocalTime callWindowStart,
            @Schema(type = SchemaType.STRING, format = "time") LocalTime callWindowEnd) {
    }

    @Schema(name = "FollowUpAnswer")
    public record AnswerView(String item, ItemType type,
            @Schema(description = "boolean (YES_NO), integer (scales), option text (GRADE) or text (FREE_TEXT)",
                    implementation = Object.class, oneOf = { Boolean.class, Integer.class, String.class }) Object value,
            Boolean problem) {

        static AnswerView of(Answer a) {
            Object value = a.boolValue != null ? a.boolValue : a.intValue != null ? a.intValue : a.textValue;
            return new AnswerView(a.itemCode, a.itemType, value, a.itemType == ItemType.FREE_TEXT ? a.problem : null);
        }
    }

    @Schema(name = "FollowUpAttempt")
    public record AttemptView(UUID id, int number, AttemptOutcome outcome, String agent, Instant startedAt,
            int durationSeconds, Instant callbackAt, String note, Instant createdAt) {

        static AttemptView of(Attempt a) {
            return new AttemptView(a.id, a.number, a.outcome, a.agent, a.startedAt, a.durationSeconds, a.callbackAt,
                    a.note, a.createdAt);
        }
    }

    @Schema(name = "FollowUpScreening")
    public record ScreeningView(
            @Schema(description = "every answer at the top mark and a call shorter than the threshold") boolean perfunctory,
            @Schema(description = "perfunctory and not cleared: left out of the figures unless asked for") boolean flagged,
            String clearedBy, Instant clearedAt, String clearReason) {
    }

    /**
     * @param detail whether to include answers and attempts (GET by id) or not (lists)
     * @param clear whether the caller may see the contact's name and phone in full
     */
    static FollowUpView of(FollowUp f, boolean detail, boolean clear, Instant now) {
        boolean claimed = f.claimedAt(now);
        ContactInfo contact = f.contactId == null ? null
                : new ContactInfo(f.contactId, PersonalData.name(f.contactName, clear),
                        PersonalData.phone(f.phone, clear), f.windowStart,
                        f.windowEnd);
        ScreeningView screening = f.status != FollowUpStatus.COMPLETED ? null
                : new ScreeningView(f.perfunctory, f.perfunctory && f.screeningClearedAt == null, f.screeningClearedBy,
                        f.screeningClearedAt, f.screeningClearReason);
        return new FollowUpView(f.id, f.source, f.purpose, f.status, f.ineligibleReason, f.closeReason, f.customerId, f.visitId,
                f.equipmentId, f.stationId, f.relationship, f.productLine, contact, f.dueAt,
                claimed ? f.claimedBy : null, claimed ? f.claimExpiresAt : null, f.attemptCount, f.countedAttempts,
                f.sampleDate, f.questionnaireId, f.questionnaireVersion,
                detail && f.status == FollowUpStatus.COMPLETED ? f.answers.stream().map(AnswerView::of).toList() : null,
                detail ? Attempt.of(f.id).stream().map(AttemptView::of).toList() : null,
                screening, f.escalationId, f.complaintId, f.note, f.createdBy, f.closedAt, f.version, f.createdAt, f.updatedAt);
    }
}
