package io.fieldback.maintenance;

/**
 * A station's services in a month: due (items whose due date falls in it, waived ones left out), done on time
 * (closed by a visit no later than the due date plus the overdue grace) and the station's overdue backlog now.
 */
public record DueFigures(long due, long doneOnTime, long overdueBacklog) {
}
