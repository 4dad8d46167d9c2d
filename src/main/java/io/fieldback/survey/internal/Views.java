package io.fieldback.survey.internal;

import io.fieldback.survey.SurveyBatchView;
import io.fieldback.survey.SurveyRejectionView;
import io.fieldback.survey.VendorView;

/** Entities as the views the API and other features see. */
final class Views {

    private Views() {
    }

    static VendorView vendor(Vendor v) {
        return new VendorView(v.id, v.code, v.name, v.active, v.version, v.createdAt, v.updatedAt);
    }

    static SurveyBatchView batch(SurveyBatch b) {
        return new SurveyBatchView(b.id, b.vendorId, b.vendorBatchId, b.questionnaireVersion, b.format, b.charsetName,
                b.sizeBytes, b.contentSha256, b.status, b.totalRows, b.processedRows, b.acceptedRows, b.rejectedRows,
                b.failure, b.createdAt, b.startedAt, b.finishedAt, b.version, b.updatedAt);
    }

    static SurveyRejectionView rejection(SurveyRejection r) {
        return new SurveyRejectionView(r.id, r.lineNumber, r.recordNumber, r.vendorRowId, r.field, r.reason);
    }
}
