package io.fieldback.followup.internal;

import io.fieldback.followup.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.DomainEvents;
import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.UuidV7;
import io.fieldback.complaint.ProblemRaisedOnCall;

/**
 * Turns the problems a customer raised on a call into a complaint draft for the handlers of the
 * equipment's product line. Until the complaint feature lands it is stored here, and a
 * {@code followup.escalated} event carries what a complaint intake needs.
 */
@ApplicationScoped
public class EscalationService {

    public static final String FOLLOWUP_ESCALATED = ProblemRaisedOnCall.TOPIC;

    private final DomainEvents domainEvents;

    public EscalationService(DomainEvents domainEvents) {
        this.domainEvents = domainEvents;
    }


    /** The escalation the answers call for, or null when they raise nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Escalation raise(FollowUp call, Questionnaire questionnaire, List<Answer> answers, Instant now) {
        Findings findings = Findings.of(questionnaire, answers);
        if (findings.items.isEmpty()) {
            return null;
        }
        Escalation escalation = escalation(call, findings);
        domainEvents.record(FOLLOWUP_ESCALATED, escalation.id, null, new ProblemRaisedOnCall(escalation.id,
                call.id, call.customerId, call.visitId, call.equipmentId, call.productLine,
                escalation.category == null ? null : io.fieldback.complaint.Category.valueOf(escalation.category.name()),
                escalation.severity == null ? null : io.fieldback.complaint.Severity.valueOf(escalation.severity.name()),
                escalation.summary, findings.items, now));
        return escalation;
    }

    private static Escalation escalation(FollowUp call, Findings findings) {
        Escalation escalation = new Escalation();
        escalation.id = UuidV7.next();
        escalation.followUpId = call.id;
        escalation.customerId = call.customerId;
        escalation.visitId = call.visitId;
        escalation.equipmentId = call.equipmentId;
        escalation.productLine = call.productLine;
        escalation.category = findings.category == null ? ComplaintCategory.OTHER : findings.category;
        // a first guess for the intake: the worst mark anywhere, or problems on three items, is urgent
        escalation.severity = findings.lowest || findings.items.size() >= 3 ? Severity.URGENT : Severity.NORMAL;
        String text = String.join("\n", findings.lines);
        escalation.summary = text.length() > 4000 ? text.substring(0, 3999) + "…" : text;
        escalation.persist();
        return escalation;
    }

    /** What the answers raise: the items with a problem, a line for each, the first dimension's category. */
    private static final class Findings {

        final List<String> lines = new ArrayList<>();
        final List<String> items = new ArrayList<>();
        ComplaintCategory category;
        boolean lowest;

        static Findings of(Questionnaire questionnaire, List<Answer> answers) {
            Findings findings = new Findings();
            for (Answer answer : answers) {
                QuestionnaireItem item = questionnaire.item(answer.itemCode).orElseThrow();
                if (AnswerRules.problem(item, answer)) {
                    findings.add(item, answer);
                }
            }
            return findings;
        }

        private void add(QuestionnaireItem item, Answer answer) {
            items.add(item.code);
            lines.add(item.prompt + " " + describe(answer));
            lowest |= AnswerRules.lowestMark(item, answer);
            if (category == null && item.dimension != null && item.dimension != Dimension.OTHER) {
                category = item.dimension.category();
            }
        }
    }

    @Transactional
    public Page<EscalationView> list(String productLine, Severity severity, UUID customerId, PageParams paging) {
        Filter filter = new Filter().eq("e.productLine", productLine).eq("e.severity", severity)
                .eq("e.customerId", customerId);
        return Keyset.page(Escalation.class, filter, paging, EscalationView::of);
    }

    @Transactional
    public EscalationView get(UUID id) {
        Escalation escalation = Escalation.findById(id);
        if (escalation == null) {
            throw ApiException.notFound("escalation " + id);
        }
        return EscalationView.of(escalation);
    }

    private static String describe(Answer answer) {
        return switch (answer.itemType) {
            case YES_NO -> "→ 否 (no)";
            case SCALE_1_5 -> "→ " + answer.intValue + "/5";
            case SCALE_0_10 -> "→ " + answer.intValue + "/10";
            case GRADE -> "→ " + answer.textValue;
            case FREE_TEXT -> "→ " + answer.textValue;
        };
    }
}
