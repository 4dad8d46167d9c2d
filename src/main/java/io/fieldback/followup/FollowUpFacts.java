package io.fieldback.followup;

/**
 * The database views follow-up publishes for other modules' set-based reads (the insights roll-up and figures),
 * created by changeset 142. Their columns are follow-up's read contract; its tables behind them are not: no other
 * module names {@code followup_calls}, {@code followup_answers} or {@code followup_questionnaire_items}.
 */
public final class FollowUpFacts {

    /**
     * A call: id, customer_id, equipment_id, dealer_id, station_id, questionnaire_id, purpose, status,
     * ineligible_reason, perfunctory, attempt_count, due_at, relationship, product_line.
     */
    public static final String CALLS = "followup_call_facts";
    /** An answer of a call: followup_id, item_code, item_type, bool_value, int_value, text_value, problem, score. */
    public static final String ANSWERS = "followup_answer_facts";
    /** A questionnaire version's item: questionnaire_id, code, type, dimension. */
    public static final String ITEMS = "followup_item_facts";

    private FollowUpFacts() {
    }
}
