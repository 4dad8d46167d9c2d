package io.fieldback.survey.internal;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.fieldback.survey.SurveyMethod;

/**
 * The shape of one row of a JSON upload (documentation only: rows are read by a streaming parser, one
 * at a time). Name the customer by at least one of customerCode, equipmentSerial, repairOrderNumber.
 */
@Schema(name = "SurveyRow", description = "One interview: who, when, how, and the answers by item code")
public record SurveyRowExample(
        @Schema(required = true, maxLength = 64, description = "the vendor's row id, unique in the batch") String rowId,
        @Schema(maxLength = 32) String customerCode,
        @Schema(maxLength = 40) String equipmentSerial,
        @Schema(maxLength = 40, description = "the dealer's repair-order number of the visit") String repairOrderNumber,
        @Schema(required = true) LocalDate interviewDate,
        @Schema(required = true) SurveyMethod method,
        @Schema(required = true, description = "item code to answer: true/false, a whole number, or text")
        JsonNode answers) {
}
