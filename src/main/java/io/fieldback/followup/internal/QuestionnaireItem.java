package io.fieldback.followup.internal;

import io.fieldback.followup.*;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One question of a questionnaire version. */
@Embeddable
public class QuestionnaireItem {

    @Column(nullable = false, length = 40)
    public String code;

    @Column(nullable = false, length = 500)
    public String prompt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ItemType type;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    public Dimension dimension;

    /** GRADE items: the options, best first, one per line. */
    @Column(name = "grade_options", length = 2000)
    public String gradeOptions;

    /** GRADE items with scores: one number per option, in the order of the options, one per line. */
    @Column(name = "grade_scores", length = 2000)
    public String gradeScores;

    @Column(nullable = false)
    public boolean required;

    public List<String> options() {
        return gradeOptions == null ? List.of() : Arrays.asList(gradeOptions.split("\n"));
    }

    /** The scores of the options, in their order; empty when the options carry none. */
    public List<BigDecimal> scores() {
        return gradeScores == null ? List.of() : Arrays.stream(gradeScores.split("\n")).map(BigDecimal::new).toList();
    }

    /** The score of a chosen option; null when the options carry none. */
    BigDecimal score(String option) {
        List<BigDecimal> scores = scores();
        int index = options().indexOf(option);
        return scores.isEmpty() || index < 0 ? null : scores.get(index);
    }
}
