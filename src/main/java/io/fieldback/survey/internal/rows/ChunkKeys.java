package io.fieldback.survey.internal.rows;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.fieldback.survey.internal.format.Columns;
import io.fieldback.survey.internal.format.RawRow;

/** The keys the rows of one chunk name, each at most as long as its column (longer ones cannot match). */
public record ChunkKeys(Set<String> codes, Set<String> serials, Set<String> orders, Set<String> rowIds) {

    public static ChunkKeys of(List<RawRow> rows) {
        ChunkKeys keys = new ChunkKeys(new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>());
        for (RawRow row : rows) {
            add(keys.codes, row.text(Columns.CUSTOMER_CODE), 32);
            add(keys.serials, row.text(Columns.EQUIPMENT_SERIAL), 40);
            add(keys.orders, row.text(Columns.REPAIR_ORDER_NUMBER), 40);
            add(keys.rowIds, row.text(Columns.ROW_ID), RowIdRule.MAX);
        }
        return keys;
    }

    private static void add(Set<String> keys, String value, int max) {
        if (value != null && value.length() <= max) {
            keys.add(value);
        }
    }
}
