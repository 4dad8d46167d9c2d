package io.fieldback.clock;

import java.time.Instant;
import java.util.UUID;

/** A deadline the escalation job found missed; handed once to the handler of its subject type. */
public record ClockBreach(String subjectType, UUID subjectId, String kind, Instant dueAt, Instant breachedAt) {
}
