package io.fieldback.followup;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One answer of a completed call, typed by its questionnaire item. */
@Embeddable
public class Answer {

    @Column(name = "item_code", nullable = false, length = 40)
    public String itemCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false, length = 16)
    public ItemType itemType;

    @Column(name = "bool_value")
    public Boolean boolValue;

    @Column(name = "int_value")
    public Integer intValue;

    @Column(name = "text_value", length = 2000)
    public String textValue;

    /** GRADE answers whose options carry scores: the score of the option chosen. */
    @Column(precision = 12, scale = 3)
    public BigDecimal score;

    /** Free text the agent marked as a problem to act on. */
    @Column(nullable = false)
    public boolean problem;
}
