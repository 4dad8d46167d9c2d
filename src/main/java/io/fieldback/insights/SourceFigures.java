package io.fieldback.insights;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.followup.Dimension;
import io.fieldback.followup.IneligibleReason;

/**
 * The five-dimension figures of one source (our calls, vendor rows, or both) for one group. Calls count
 * in the period their due time falls in; vendor rows by interview date. Every count is of calls (one
 * call = one customer contact due); a vendor row counts as due, called, reached and completed.
 */
@Schema(name = "InsightSourceFigures")
public record SourceFigures(
        @Schema(description = "calls due in the period, whatever became of them (vendor: rows)") long due,
        @Schema(description = "due calls stored as not eligible (status NOT_ELIGIBLE)") long notEligible,
        @Schema(description = "not eligible, per reason; every reason is listed") List<ReasonCount> notEligibleByReason,
        @Schema(description = "left out of their day's sample (sampling mode)") long notSampled,
        @Schema(description = "still open or waiting for the day's sample") long pending,
        @Schema(description = "calls with at least one attempt recorded") long called,
        @Schema(description = "the customer answered the phone: completed plus refused") long reached,
        @Schema(description = "the customer refused the questionnaire") long refused,
        @Schema(description = "closed as unreachable (attempts used up, or a wrong number)") long unreachable,
        @Schema(description = "the customer answered the questionnaire") long completed,
        @Schema(description = "completed calls flagged perfunctory by screening") long perfunctory,
        @Schema(description = "perfunctory calls left out of the satisfaction figures (0 when included)") long perfunctoryExcluded,
        @Schema(description = "completed calls the satisfaction figures are computed on: completed - perfunctoryExcluded") long respondents,
        @Schema(description = "the five dimensions, in DOMAIN.md order") List<DimensionFigure> dimensions) {

    @Schema(name = "InsightReasonCount")
    public record ReasonCount(IneligibleReason reason, long count) {
    }

    /**
     * One of the five items. For a yes/no or scale item the base is the respondents who answered it; for
     * the free-text fifth item ("anything else?") it is every respondent, and satisfied are those who
     * raised no problem in it.
     */
    @Schema(name = "InsightDimensionFigure")
    public record DimensionFigure(Dimension dimension,
            @Schema(description = "the questionnaire item counted", example = "quality_satisfied") String item,
            @Schema(description = "respondents satisfied on this item") long satisfied,
            @Schema(description = "what the rate divides by (see above)") long base,
            @Schema(description = "satisfied / base, 0 to 1, four decimals; 0 when the base is 0") BigDecimal rate) {
    }
}
