package io.fieldback.survey.internal.rows;

import java.util.List;
import java.util.function.Function;

import io.fieldback.common.FieldError;
import io.fieldback.followup.AnswerRequest;
import io.fieldback.followup.QuestionnaireAnswers;
import io.fieldback.survey.internal.format.RawRow;

/**
 * The answers obey the questionnaire's rules (follow-up's answer rules, given as a function); a problem is
 * named by the CSV column or JSON field the answer came from, not by its index.
 */
final class AnswersRule implements RowRule {

    private final Function<List<AnswerRequest>, QuestionnaireAnswers.Checked> rules;

    AnswersRule(Function<List<AnswerRequest>, QuestionnaireAnswers.Checked> rules) {
        this.rules = rules;
    }

    @Override
    public void check(RawRow row, Verdict verdict) {
        QuestionnaireAnswers.Checked checked = rules.apply(row.answers());
        for (FieldError e : checked.errors()) {
            verdict.reject(source(e.field(), row), e.message());
        }
        verdict.answers = checked.answers();
    }

    /** answers[2].value -> the column (CSV) or answers.code (JSON) of the third answer. */
    static String source(String field, RawRow row) {
        if (field.startsWith("answers[")) {
            int i = Integer.parseInt(field.substring("answers[".length(), field.indexOf(']')));
            if (i < row.answerFields().size()) {
                return row.answerFields().get(i);
            }
        }
        return field;
    }
}
