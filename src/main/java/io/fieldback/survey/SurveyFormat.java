package io.fieldback.survey;

/** The shapes an upload may have. */
public enum SurveyFormat {
    /** a header row, then one row per interview; RFC 4180 quoting */
    CSV,
    /** an array of row objects */
    JSON
}
