package io.fieldback.privacy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an audit event records. */
@Schema(name = "AuditAction")
public enum AuditAction {
    /** personal data was sent to the caller in clear */
    READ,
    /** a record holding personal data was created */
    CREATE,
    /** personal data was changed */
    UPDATE,
    /** a record holding personal data was deactivated */
    DEACTIVATE,
    /** a customer's personal data was erased */
    ERASE,
    /** any non-GET request by an admin, whatever its outcome */
    ADMIN_ACTION
}
