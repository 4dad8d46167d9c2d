package io.fieldback.common;

import java.sql.SQLException;

/**
 * Failures that say nothing about the request: no database connection within the wait, the database
 * gone, a deadlock victim. The client should retry; a 503 with Retry-After tells it so.
 */
final class TransientFailures {

    private TransientFailures() {
    }

    static boolean isTransient(Throwable e) {
        return isTransient(e, 0);
    }

    private static boolean isTransient(Throwable e, int depth) {
        for (Throwable t = e; t != null && depth < 20; t = t.getCause() == t ? null : t.getCause(), depth++) {
            // a commit that failed because the database went away: the transaction manager reports the
            // driver's error as a suppressed exception of its RollbackException
            for (Throwable suppressed : t.getSuppressed()) {
                if (isTransient(suppressed, depth + 1)) {
                    return true;
                }
            }
            if (isTransientType(t) || isTransientState(t) || isTransientMessage(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransientType(Throwable t) {
        return t instanceof java.sql.SQLTransientException || t instanceof java.sql.SQLRecoverableException
                || t instanceof org.hibernate.exception.JDBCConnectionException
                || t instanceof org.hibernate.exception.LockAcquisitionException
                || t instanceof jakarta.persistence.PessimisticLockException
                || t instanceof jakarta.persistence.LockTimeoutException;
    }

    /** Connection lost (SQLSTATE class 08) or a serialization failure (40001). */
    private static boolean isTransientState(Throwable t) {
        return t instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("40001"));
    }

    private static boolean isTransientMessage(Throwable t) {
        // the driver closes a connection's statements when the connection is lost mid-transaction
        if (t instanceof SQLException && t.getMessage() != null
                && t.getMessage().startsWith("No operations allowed after")) {
            return true;
        }
        // the pool's two wordings: "Acquisition timeout while waiting for new connection" (opening one) and
        // "Sorry, acquisition timeout!" (every connection busy: the one an overloaded server meets)
        return t.getMessage() != null
                && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout");
    }
}
