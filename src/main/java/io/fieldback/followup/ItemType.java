package io.fieldback.followup;

/** The kinds of questionnaire item and the answers they take. */
public enum ItemType {
    /** true or false; true (satisfied) is the top mark */
    YES_NO,
    /** a whole number 1 to 5; 5 is the top mark */
    SCALE_1_5,
    /** a whole number 0 to 10; 10 is the top mark */
    SCALE_0_10,
    /** one of the item's options, listed best first */
    GRADE,
    /** text, which the agent may mark as a problem */
    FREE_TEXT
}
