package io.fieldback.notification;

/**
 * Where a message stands: QUEUED → (DEFERRED →) SENDING → SENT → DELIVERED, or one of the ends FAILED,
 * EXPIRED, SUPPRESSED, each with its reason.
 */
public enum NotificationStatus {
    QUEUED, DEFERRED, SENDING, SENT, DELIVERED, FAILED, EXPIRED, SUPPRESSED;

    public boolean isPending() {
        return this == QUEUED || this == DEFERRED;
    }
}
