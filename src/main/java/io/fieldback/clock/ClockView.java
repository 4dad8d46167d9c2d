package io.fieldback.clock;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One deadline as its owner shows it: when it is due, when it stopped, when the job marked it missed. */
@Schema(name = "Deadline")
public record ClockView(String kind, Instant dueAt, Instant stoppedAt, Instant breachedAt, ClockStatus status) {
}
