package io.fieldback.survey;

import java.util.Locale;

/** How the vendor interviewed the customer. */
public enum SurveyMethod {
    PHONE, WEB, FACE_TO_FACE;

    /** Case-insensitive; spaces and hyphens count as underscores ("face to face"). Null when unknown. */
    static SurveyMethod parse(String text) {
        String name = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (SurveyMethod m : values()) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        return null;
    }
}
