package io.fieldback.complaint;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Decides the reply deadline: shorter for urgent complaints. */
@Schema(name = "ComplaintSeverity")
public enum Severity {
    URGENT, NORMAL
}
