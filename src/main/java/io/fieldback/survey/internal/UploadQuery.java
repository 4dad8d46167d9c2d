package io.fieldback.survey.internal;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query both upload operations take (CSV or JSON on the shared path, JSON on its own path). */
public class UploadQuery {

    @QueryParam("batchId")
    @Parameter(description = "the vendor's id of this batch, unique per vendor", required = true, example = "2026-W47-01")
    public String batchId;

    @QueryParam("questionnaireVersion")
    @Parameter(description = "the questionnaire version the rows answer", required = true, example = "1")
    public Integer questionnaireVersion;
}
