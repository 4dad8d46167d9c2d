package io.fieldback.insights.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.fieldback.insights.internal.FigureSql.Sql;

/**
 * Where the roll-up reads each period: its whole calendar months from the month rows, the days before and
 * after them from the day rows. A year from the 4th reads 11 months and two partial months of days; a week
 * reads its seven days.
 */
record RollupPieces(List<Piece> days, List<Piece> months) {

    /** A span of one table's date column, inclusive, and the period (bucket) it counts for. */
    record Piece(LocalDate first, LocalDate last, int bucket) {
    }

    static RollupPieces of(List<Period> buckets) {
        List<Piece> days = new ArrayList<>();
        List<Piece> months = new ArrayList<>();
        for (int b = 0; b < buckets.size(); b++) {
            LocalDate first = buckets.get(b).first();
            LocalDate last = buckets.get(b).last();
            LocalDate wholeFrom = first.getDayOfMonth() == 1 ? first : first.withDayOfMonth(1).plusMonths(1);
            LocalDate wholeTo = last.plusDays(1).withDayOfMonth(1); // exclusive
            if (!wholeFrom.isBefore(wholeTo)) {
                days.add(new Piece(first, last, b));
                continue;
            }
            months.add(new Piece(wholeFrom, wholeTo.minusMonths(1), b));
            if (first.isBefore(wholeFrom)) {
                days.add(new Piece(first, wholeFrom.minusDays(1), b));
            }
            if (!wholeTo.isAfter(last)) {
                days.add(new Piece(wholeTo, last, b));
            }
        }
        return new RollupPieces(days, months);
    }

    /** {@code CASE WHEN column BETWEEN .. THEN bucket .. END}: the bucket of a row. */
    static Sql bucket(Sql sql, String column, List<Piece> pieces) {
        sql.append("CASE");
        pieces.forEach(p -> sql.append(" WHEN " + column + " BETWEEN ? AND ? THEN " + p.bucket()).param(p.first())
                .param(p.last()));
        return sql.append(" END");
    }

    /** {@code (column BETWEEN .. OR ..)}: every piece as a range of the read index. */
    static Sql ranges(Sql sql, String column, List<Piece> pieces) {
        sql.append("(");
        for (int i = 0; i < pieces.size(); i++) {
            sql.append(i == 0 ? "" : " OR ").append(column + " BETWEEN ? AND ?").param(pieces.get(i).first())
                    .param(pieces.get(i).last());
        }
        return sql.append(")");
    }
}
