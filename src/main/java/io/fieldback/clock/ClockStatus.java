package io.fieldback.clock;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RUNNING until stopped or past due; MET when stopped by its due time; MISSED otherwise. */
@Schema(name = "DeadlineStatus")
public enum ClockStatus {
    RUNNING, MET, MISSED
}
