package io.fieldback.complaint;

/**
 * The database view complaint publishes for other modules' set-based reads (the insights figures), created by
 * changeset 145; its columns are complaint's read contract, its table behind it is not.
 */
public final class ComplaintFacts {

    /** A complaint: id, visit_id, received_at, duplicate_of, second_at, second_satisfied. */
    public static final String COMPLAINTS = "complaint_facts";

    private ComplaintFacts() {
    }
}
