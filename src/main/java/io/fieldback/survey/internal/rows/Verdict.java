package io.fieldback.survey.internal.rows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.fieldback.common.FieldError;
import io.fieldback.followup.Answer;
import io.fieldback.survey.SurveyMethod;
import io.fieldback.survey.internal.format.RawRow;

/** What the rules found about one row, in the order they ran: its values and its problems. */
final class Verdict {

    final RawRow row;
    final List<FieldError> errors;
    String rowId;
    Target target;
    LocalDate interviewDate;
    SurveyMethod method;
    List<Answer> answers = List.of();

    Verdict(RawRow row) {
        this.row = row;
        this.errors = new ArrayList<>(row.problems());
    }

    void reject(String field, String message) {
        errors.add(new FieldError(field, message));
    }
}
