package io.fieldback.followup.internal;

import io.fieldback.followup.*;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new questionnaire version; it becomes the current one. */
@Schema(name = "QuestionnaireRequest", example = """
        {"title": "售后服务回访问卷（2027 版）", "items": [
          {"code": "quality_satisfied", "prompt": "您对产品质量是否满意？", "type": "YES_NO", "dimension": "PRODUCT_QUALITY"},
          {"code": "recommend", "prompt": "您有多大可能向朋友推荐我们？（0-10 分）", "type": "SCALE_0_10"},
          {"code": "overall", "prompt": "总体评价", "type": "GRADE", "options": ["非常满意", "满意", "一般", "不满意", "非常不满意"]},
          {"code": "other_feedback", "prompt": "您还有其他意见吗？", "type": "FREE_TEXT", "dimension": "OTHER", "required": false}]}""")
public record QuestionnaireRequest(
        @NotBlank @Size(max = 200) String title,
        @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid Item> items,
        @Schema(description = "FIRST_FOLLOW_UP (default: after service, also asked on the other calls) or "
                + "AFTER_DELIVERY (the post-delivery call's own)") CallPurpose purpose) {

    @Schema(name = "QuestionnaireItemRequest")
    public record Item(
            @NotBlank @Pattern(regexp = "^[a-z][a-z0-9_]{0,39}$", message = "lower-case letters, digits and '_', starting with a letter, at most 40")
            String code,
            @NotBlank @Size(max = 500) String prompt,
            @NotNull ItemType type,
            @Schema(description = "the satisfaction dimension the item measures") Dimension dimension,
            @Schema(description = "GRADE only: 2 to 10 options, best first") @Size(max = 10) List<@NotBlank @Size(max = 100) String> options,
            @Schema(description = "GRADE only, optional: a score for each option, in the order of the options (e.g. "
                    + "A 100 ... C 0, D -100); the figures report the mean score of scored items. Empty or left out: "
                    + "no scores", example = "[100, 80, 60, 40, 20, 0, -100]")
            @Size(max = 10) List<@NotNull @DecimalMin("-1000000") @DecimalMax("1000000") @Digits(integer = 7, fraction = 3) BigDecimal> optionScores,
            @Schema(description = "whether a completed call must answer it; default true") Boolean required) {
    }
}
