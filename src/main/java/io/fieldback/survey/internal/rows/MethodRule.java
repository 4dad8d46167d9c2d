package io.fieldback.survey.internal.rows;

import java.util.Locale;

import io.fieldback.survey.SurveyMethod;
import io.fieldback.survey.internal.format.Columns;
import io.fieldback.survey.internal.format.RawRow;

/** How the vendor interviewed: PHONE, WEB or FACE_TO_FACE, any case, spaces and hyphens for underscores. */
final class MethodRule implements RowRule {

    @Override
    public void check(RawRow row, Verdict verdict) {
        String text = row.text(Columns.METHOD);
        if (text == null) {
            verdict.reject(Columns.METHOD, "required: PHONE, WEB or FACE_TO_FACE");
            return;
        }
        verdict.method = parse(text);
        if (verdict.method == null) {
            verdict.reject(Columns.METHOD, "'" + text + "' is not one of: PHONE, WEB, FACE_TO_FACE");
        }
    }

    /** Null when unknown ("face to face" is FACE_TO_FACE). */
    static SurveyMethod parse(String text) {
        String name = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (SurveyMethod m : SurveyMethod.values()) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        return null;
    }
}
