package io.fieldback.survey.internal.rows;

import io.fieldback.survey.internal.format.RawRow;

/** One check of a row: reads the row, records a value or a problem on the verdict. Pure: no database, no clock. */
interface RowRule {

    void check(RawRow row, Verdict verdict);
}
