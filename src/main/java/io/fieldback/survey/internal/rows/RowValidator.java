package io.fieldback.survey.internal.rows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.fieldback.common.UuidV7;
import io.fieldback.followup.AnswerRequest;
import io.fieldback.followup.QuestionnaireAnswers;
import io.fieldback.survey.internal.format.RawRow;

/**
 * Validates one chunk of rows with the rules, in this order: row id, customer, interview date, method,
 * answers. Pure: what the database knows comes in as {@link Known}, today as a parameter.
 */
public final class RowValidator {

    private final List<RowRule> rules;

    /**
     * @param latest the last interview day accepted
     * @param answerRules the questionnaire's answer rules
     */
    public RowValidator(Known known, LocalDate latest,
            Function<List<AnswerRequest>, QuestionnaireAnswers.Checked> answerRules) {
        this.rules = List.of(new RowIdRule(known.earlierRowIds()), new TargetRule(known), new InterviewDateRule(latest),
                new MethodRule(), new AnswersRule(answerRules));
    }

    public Outcome check(List<RawRow> rows) {
        List<Outcome.Accepted> accepted = new ArrayList<>();
        List<Outcome.Rejected> rejected = new ArrayList<>();
        for (RawRow row : rows) {
            Verdict v = new Verdict(row);
            rules.forEach(rule -> rule.check(row, v));
            if (v.errors.isEmpty()) {
                accepted.add(new Outcome.Accepted(UuidV7.next(), row, v.rowId, v.target, v.interviewDate, v.method,
                        v.answers));
            } else {
                rejected.add(new Outcome.Rejected(row, v.rowId, v.errors));
            }
        }
        return new Outcome(accepted, rejected);
    }
}
