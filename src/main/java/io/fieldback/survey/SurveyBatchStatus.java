package io.fieldback.survey;

/** Where an upload stands: waiting, being imported, finished, or given up. */
public enum SurveyBatchStatus {
    QUEUED, PROCESSING, DONE, FAILED
}
