package io.fieldback.survey.internal.rows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import io.fieldback.survey.internal.format.Columns;
import io.fieldback.survey.internal.format.RawRow;

/** The interview took place on a real day (YYYY-MM-DD) from 2000 up to {@code latest}. */
final class InterviewDateRule implements RowRule {

    private final LocalDate latest;

    /** {@code latest}: the last day accepted (callers allow a day for vendors' time zones). */
    InterviewDateRule(LocalDate latest) {
        this.latest = latest;
    }

    @Override
    public void check(RawRow row, Verdict verdict) {
        String text = row.text(Columns.INTERVIEW_DATE);
        if (text == null) {
            verdict.reject(Columns.INTERVIEW_DATE, "required: the date of the interview (YYYY-MM-DD)");
            return;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            verdict.reject(Columns.INTERVIEW_DATE, "'" + text + "' is not a date (YYYY-MM-DD)");
            return;
        }
        if (date.isAfter(latest)) {
            verdict.reject(Columns.INTERVIEW_DATE, "'" + text + "' is in the future");
        } else if (date.getYear() < 2000) {
            verdict.reject(Columns.INTERVIEW_DATE, "'" + text + "' is before 2000");
        }
        verdict.interviewDate = date;
    }
}
