package io.fieldback.survey;

/** How the vendor interviewed the customer. */
public enum SurveyMethod {
    PHONE, WEB, FACE_TO_FACE;
}
