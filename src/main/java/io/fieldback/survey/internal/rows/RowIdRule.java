package io.fieldback.survey.internal.rows;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import io.fieldback.survey.internal.format.Columns;
import io.fieldback.survey.internal.format.RawRow;

/** Every row has the vendor's id, at most 64 characters, used once in the batch. One instance per chunk. */
final class RowIdRule implements RowRule {

    static final int MAX = 64;

    private final Set<String> earlier;
    private final Map<String, Long> seenAt = new HashMap<>();

    RowIdRule(Set<String> earlier) {
        this.earlier = earlier;
    }

    @Override
    public void check(RawRow row, Verdict verdict) {
        String rowId = row.text(Columns.ROW_ID);
        if (rowId == null) {
            verdict.reject(Columns.ROW_ID, "required: the vendor's id of the row");
        } else if (rowId.length() > MAX) {
            verdict.reject(Columns.ROW_ID, "at most 64 characters");
            rowId = rowId.substring(0, MAX);
        } else if (earlier.contains(rowId)) {
            verdict.reject(Columns.ROW_ID, "duplicate row id '" + rowId + "': an earlier row of this batch has it");
        } else if (seenAt.containsKey(rowId)) {
            verdict.reject(Columns.ROW_ID, "duplicate row id '" + rowId + "': line " + seenAt.get(rowId)
                    + " of this batch has it");
        }
        if (rowId != null) {
            seenAt.putIfAbsent(rowId, row.line());
        }
        verdict.rowId = rowId;
    }
}
