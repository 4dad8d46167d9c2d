package io.fieldback.survey;

import java.io.InputStream;
import java.util.UUID;

/** What other features (the demo) may ask the survey feature; tenancy is the calling vendor's, as over HTTP. */
public interface Surveys {

    VendorView createVendor(VendorRequest request);

    /** Uploads a file as the calling vendor: the queued batch (or the earlier one, for a replay). */
    SurveyBatchView upload(String batchId, int questionnaireVersion, String contentType, InputStream body);

    SurveyBatchView batch(UUID id);

    /** Imports every waiting batch on this thread; how many were finished. */
    int importWaiting();
}
