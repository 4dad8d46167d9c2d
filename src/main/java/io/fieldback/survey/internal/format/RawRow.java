package io.fieldback.survey.internal.format;

import java.util.List;
import java.util.Map;

import io.fieldback.common.FieldError;
import io.fieldback.followup.AnswerRequest;

/**
 * One row as read: where it is (line where it starts, position among the rows from 1), its own fields, its
 * answers with the column or field each came from, and the problems found while reading it.
 */
public record RawRow(long line, long record, Map<String, String> fields, List<AnswerRequest> answers,
        List<String> answerFields, List<FieldError> problems) {

    /** The field's text, or null when it is missing or empty. */
    public String text(String field) {
        String value = fields.get(field);
        return value == null || value.isEmpty() ? null : value;
    }
}
