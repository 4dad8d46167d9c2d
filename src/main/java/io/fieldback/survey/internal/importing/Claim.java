package io.fieldback.survey.internal.importing;

import java.util.UUID;

import io.fieldback.survey.SurveyFormat;

/** A batch held by this worker: the claim token proves it on every write; the checkpoint is where to go on. */
record Claim(UUID id, UUID vendorId, UUID token, int attempts, int questionnaireVersion, SurveyFormat format,
        String charset, String storageKey, long checkpoint) {
}
