package io.fieldback.survey;

/**
 * The database views survey publishes for other modules' set-based reads (the insights roll-up and figures),
 * created by changeset 143; their columns are survey's read contract, its tables behind them are not.
 */
public final class SurveyFacts {

    /**
     * A vendor row: id, customer_id, equipment_id, dealer_id, station_id, questionnaire_id, interview_date, region,
     * importance, relationship, product_line.
     */
    public static final String RESULTS = "survey_result_facts";
    /** An answer of a vendor row: result_id, item_code, item_type, bool_value, int_value, text_value, score. */
    public static final String ANSWERS = "survey_answer_facts";

    private SurveyFacts() {
    }
}
