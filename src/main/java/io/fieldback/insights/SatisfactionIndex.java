package io.fieldback.insights;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.followup.CallPurpose;

/**
 * The satisfaction index per week or month. Each part is a score from 0 to 100; the index is their
 * weighted mean over the parts that have data (a part without data gives its weight to the others in
 * proportion); 0 when no part has data.
 */
@Schema(name = "SatisfactionIndexReport")
public record SatisfactionIndex(
        @Schema(description = "first day asked for, inclusive") LocalDate from,
        @Schema(description = "last day asked for, inclusive") LocalDate to,
        @Schema(example = "Asia/Shanghai") String timeZone,
        @Schema(description = "week (ISO, Monday to Sunday) or month; whole periods that contain from..to") String granularity,
        @Schema(description = "own: our calls; vendor: vendor surveys; combined: both") String source,
        boolean perfunctoryIncluded,
        @Schema(description = "parts the settings give no items for (their weight goes to the others)") List<Part> unconfiguredParts,
        List<Point> points,
        @Schema(description = "the purposes of the calls the index and its parts count (purpose=; default FIRST_FOLLOW_UP); "
                + "the first-call figures count FIRST_FOLLOW_UP calls only, vendor rows as FIRST_FOLLOW_UP") List<CallPurpose> purposes) {

    @Schema(name = "SatisfactionIndexPartName")
    public enum Part {
        /** answers to the quality items: perceived product quality */
        PERCEIVED_QUALITY,
        /** answers to the attitude, speed and proactive-solving items: perceived service */
        PERCEIVED_SERVICE,
        /** answers to the would-recommend / would-return items */
        LOYALTY,
        /** 100 x (1 - complaints received / customers due), never below 0 */
        COMPLAINT_RATE
    }

    @Schema(name = "SatisfactionIndexPoint")
    public record Point(
            @Schema(example = "2026-W48") String period,
            LocalDate from, LocalDate to,
            @Schema(description = "0 to 100, one decimal") BigDecimal index,
            @Schema(description = "respondents (completed calls and vendor rows) the answers come from") long respondents,
            List<PartScore> parts,
            ComplaintRate complaintRate,
            FirstVsSecond satisfaction) {
    }

    @Schema(name = "SatisfactionIndexPart")
    public record PartScore(Part part,
            @Schema(description = "the items whose answers make the part") List<String> items,
            @Schema(description = "the weight set") BigDecimal weight,
            @Schema(description = "the weight as applied, after parts without data gave theirs away; 0 to 1") BigDecimal appliedWeight,
            @Schema(description = "false: no data in the period; the part does not count") boolean present,
            @Schema(description = "0 to 100, one decimal: the mean of the answers' scores (yes 100, no 0; 1-5 as 0-100)") BigDecimal score,
            @Schema(description = "what the score averages over: answers scored, or customers due for the complaint rate") long base) {
    }

    @Schema(name = "SatisfactionIndexComplaintRate")
    public record ComplaintRate(
            @Schema(description = "complaints received in the period, duplicates left out") long complaints,
            @Schema(description = "customers due in the period (calls due, plus vendor rows for vendor/combined)") long due,
            @Schema(description = "complaints / due, 0 when due is 0") BigDecimal rate) {
    }

    /** First-call satisfaction against second satisfaction after a complaint was closed. */
    @Schema(name = "SatisfactionFirstVsSecond")
    public record FirstVsSecond(
            @Schema(description = "respondents to first follow-up calls in the period (vendor rows too); never "
                    + "second-satisfaction calls") long firstCallRespondents,
            @Schema(description = "of those, satisfied on all five items") long firstCallSatisfied,
            @Schema(description = "firstCallSatisfied / firstCallRespondents") BigDecimal firstCallRate,
            @Schema(description = "closed complaints whose customer was asked again in the period") long secondAsked,
            @Schema(description = "of those, satisfied now") long secondSatisfied,
            @Schema(description = "secondSatisfied / secondAsked") BigDecimal secondRate) {
    }
}
