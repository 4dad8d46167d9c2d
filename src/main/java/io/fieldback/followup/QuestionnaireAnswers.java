package io.fieldback.followup;

import io.fieldback.followup.internal.*;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.FieldError;

/**
 * The follow-up questionnaires and their answer rules, for other features (survey uploads): the same
 * versions, the same checks, the same product lines as our own calls.
 */
@ApplicationScoped
public class QuestionnaireAnswers {

    private final CallPlanner planner;

    public QuestionnaireAnswers(CallPlanner planner) {
        this.planner = planner;
    }

    /** A questionnaire version with its items loaded, usable outside a transaction. */
    public record Form(UUID id, int version, List<Item> items, Questionnaire questionnaire) {

        public Optional<Item> item(String code) {
            return items.stream().filter(i -> i.code().equals(code)).findFirst();
        }
    }

    public record Item(String code, ItemType type, boolean required) {
    }

    /** The answers as stored, or what is wrong with them (fields {@code answers[i].item|value} and {@code answers}). */
    public record Checked(List<Answer> answers, List<FieldError> errors) {
    }

    @Transactional
    public Optional<Form> form(int version) {
        return Questionnaire.byVersion(version).map(q -> new Form(q.id, q.versionNumber,
                q.items.stream().map(i -> new Item(i.code, i.type, i.required)).toList(), q));
    }

    /** Checks answers against their version with the rules of follow-up calls. */
    public Checked check(Form form, List<AnswerRequest> answers) {
        try {
            return new Checked(AnswerRules.validate(form.questionnaire(), answers), List.of());
        } catch (ApiException e) {
            return new Checked(List.of(), e.toProblem().errors());
        }
    }

    /** The product line covering an equipment series (fieldback.followup.product-lines); else the series itself. */
    public String productLine(String series) {
        return series == null ? null : planner.productLine(series);
    }
}
