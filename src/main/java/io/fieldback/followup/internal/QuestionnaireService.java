package io.fieldback.followup.internal;

import io.fieldback.followup.*;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.security.Caller;
import io.quarkus.hibernate.orm.panache.Panache;

@ApplicationScoped
public class QuestionnaireService {

    private final Caller caller;

    public QuestionnaireService(Caller caller) {
        this.caller = caller;
    }

    /** Creates the next version; from now on agents are given it. */
    @Transactional
    public QuestionnaireView create(QuestionnaireRequest request) {
        check(request.items());
        // locks the newest version, so two admins creating versions at once get consecutive numbers
        Number latest = (Number) Panache.getEntityManager()
                .createNativeQuery("SELECT MAX(version_number) FROM followup_questionnaires FOR UPDATE")
                .getSingleResult();
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.versionNumber = latest == null ? 1 : latest.intValue() + 1;
        questionnaire.title = request.title();
        questionnaire.createdBy = caller.name();
        questionnaire.purpose = request.purpose() == null ? CallPurpose.FIRST_FOLLOW_UP : request.purpose();
        if (Questionnaire.ownFor(questionnaire.purpose) != questionnaire.purpose) {
            throw ApiException.badRequest("purpose", "a questionnaire is for FIRST_FOLLOW_UP or AFTER_DELIVERY calls; "
                    + request.purpose() + " calls ask the FIRST_FOLLOW_UP one");
        }
        for (QuestionnaireRequest.Item requested : request.items()) {
            QuestionnaireItem item = new QuestionnaireItem();
            item.code = requested.code();
            item.prompt = requested.prompt();
            item.type = requested.type();
            item.dimension = requested.dimension();
            item.gradeOptions = requested.type() == ItemType.GRADE ? String.join("\n", requested.options()) : null;
            item.gradeScores = scores(requested).isEmpty() ? null
                    : scores(requested).stream().map(BigDecimal::toPlainString).collect(Collectors.joining("\n"));
            item.required = !Boolean.FALSE.equals(requested.required());
            questionnaire.items.add(item);
        }
        questionnaire.persistAndFlush();
        return QuestionnaireView.of(questionnaire);
    }

    @Transactional
    public QuestionnaireView get(UUID id) {
        Questionnaire questionnaire = Questionnaire.findById(id);
        if (questionnaire == null) {
            throw ApiException.notFound("questionnaire " + id);
        }
        return QuestionnaireView.of(questionnaire);
    }

    @Transactional
    public QuestionnaireView current(CallPurpose purpose) {
        return QuestionnaireView.of(Questionnaire.current(purpose == null ? CallPurpose.FIRST_FOLLOW_UP : purpose));
    }

    @Transactional
    public Page<QuestionnaireView> list(Integer version, PageParams paging) {
        return Keyset.page(Questionnaire.class, new Filter().eq("e.versionNumber", version), paging,
                QuestionnaireView::of);
    }

    /** An empty list means none, as a left-out one does (generated clients send [] for nothing). */
    private static List<BigDecimal> scores(QuestionnaireRequest.Item item) {
        return item.optionScores() == null ? List.of() : item.optionScores();
    }

    private static void check(List<QuestionnaireRequest.Item> items) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            QuestionnaireRequest.Item item = items.get(i);
            String at = "items[" + i + "]";
            if (!codes.add(item.code())) {
                throw ApiException.badRequest(at + ".code", "'" + item.code() + "' is used by another item");
            }
            List<String> options = item.options() == null ? List.of() : item.options();
            if (item.type() == ItemType.GRADE) {
                if (options.size() < 2) {
                    throw ApiException.badRequest(at + ".options", "a GRADE item needs 2 to 10 options, best first");
                }
                if (new HashSet<>(options).size() != options.size()) {
                    throw ApiException.badRequest(at + ".options", "options must differ from each other");
                }
                if (options.stream().anyMatch(o -> o.contains("\n"))) {
                    throw ApiException.badRequest(at + ".options", "an option is one line of text");
                }
                if (!scores(item).isEmpty() && scores(item).size() != options.size()) {
                    throw ApiException.badRequest(at + ".optionScores", "one score for each of the " + options.size()
                            + " options, in their order (or none)");
                }
            } else if (!options.isEmpty()) {
                throw ApiException.badRequest(at + ".options", "only GRADE items have options");
            } else if (!scores(item).isEmpty()) {
                throw ApiException.badRequest(at + ".optionScores", "only GRADE items have option scores");
            }
        }
    }
}
