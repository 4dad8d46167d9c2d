package io.fieldback.maintenance.internal;

import java.time.LocalDate;

import io.fieldback.maintenance.DueState;

/** When an open item counts as DUE and when as OVERDUE, from its due date (settings). */
record DueWindows(int dueDaysBefore, int overdueDaysAfter) {

    DueState stateOn(LocalDate dueDate, LocalDate today) {
        if (today.isAfter(dueDate.plusDays(overdueDaysAfter))) {
            return DueState.OVERDUE;
        }
        return today.isBefore(dueDate.minusDays(dueDaysBefore)) ? DueState.UPCOMING : DueState.DUE;
    }

    /** {@link #stateOn} in SQL, for a due-date column and a day expression. */
    String stateSql(String dueDate, String today) {
        return "CASE WHEN " + today + " > " + dueDate + " + INTERVAL " + overdueDaysAfter + " DAY THEN 'OVERDUE' WHEN "
                + today + " < " + dueDate + " - INTERVAL " + dueDaysBefore + " DAY THEN 'UPCOMING' ELSE 'DUE' END";
    }
}
