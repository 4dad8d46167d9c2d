package io.fieldback.followup;

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

    @Column(nullable = false)
    public boolean required;

    List<String> options() {
        return gradeOptions == null ? List.of() : Arrays.asList(gradeOptions.split("\n"));
    }
}
