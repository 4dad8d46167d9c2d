package io.fieldback.complaint;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The deadlines every complaint runs against, all counted from its receipt:
 * <ul>
 * <li>{@code FIRST_CONTACT} stops when the complaint moves to CONTACTED;</li>
 * <li>{@code REPLY} (the answer with an analysis) stops when a remedy is proposed to the customer;</li>
 * <li>{@code CORRECTIVE_REPORT} stops when the investigation is complete: root cause, responsible
 * department, fault origin, temporary and permanent countermeasure. Until the origin is known the
 * shorter in-house deadline applies.</li>
 * </ul>
 */
@Schema(name = "ComplaintClockKind")
public enum ClockKind {
    FIRST_CONTACT, REPLY, CORRECTIVE_REPORT
}
