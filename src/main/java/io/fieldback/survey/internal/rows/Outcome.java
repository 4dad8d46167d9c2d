package io.fieldback.survey.internal.rows;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.fieldback.common.FieldError;
import io.fieldback.followup.Answer;
import io.fieldback.survey.SurveyMethod;
import io.fieldback.survey.internal.format.RawRow;

/** The verdict on a chunk of rows: those to store and those rejected with their reasons, in file order. */
public record Outcome(List<Accepted> accepted, List<Rejected> rejected) {

    public record Accepted(UUID id, RawRow row, String rowId, Target target, LocalDate interviewDate,
            SurveyMethod method, List<Answer> answers) {
    }

    public record Rejected(RawRow row, String rowId, List<FieldError> errors) {
    }
}
