package io.fieldback.survey.internal;

import java.io.InputStream;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.survey.SurveyBatchView;
import io.fieldback.survey.Surveys;
import io.fieldback.survey.VendorRequest;
import io.fieldback.survey.VendorView;
import io.fieldback.survey.internal.importing.SurveyImporter;

@ApplicationScoped
class SurveyFacade implements Surveys {

    private final VendorService vendors;
    private final UploadService uploads;
    private final BatchQueries batches;
    private final SurveyImporter importer;

    SurveyFacade(VendorService vendors, UploadService uploads, BatchQueries batches, SurveyImporter importer) {
        this.vendors = vendors;
        this.uploads = uploads;
        this.batches = batches;
        this.importer = importer;
    }

    @Override
    public VendorView createVendor(VendorRequest request) {
        return vendors.create(request);
    }

    @Override
    public SurveyBatchView upload(String batchId, int questionnaireVersion, String contentType, InputStream body) {
        return uploads.upload(batchId, questionnaireVersion, contentType, body).batch();
    }

    @Override
    public SurveyBatchView batch(UUID id) {
        return batches.get(id);
    }

    @Override
    public int importWaiting() {
        return importer.runOnce();
    }
}
