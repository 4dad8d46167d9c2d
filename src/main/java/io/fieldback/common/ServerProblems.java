package io.fieldback.common;

import java.util.UUID;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;

import org.hibernate.StaleStateException;

import io.quarkus.logging.Log;

/**
 * Failures that are not the request's fault (a write conflict, a store or database briefly away) and those
 * raised at commit that still are (a constraint, a stale version, a value the database cannot hold).
 */
final class ServerProblems {

    private ServerProblems() {
    }

    static Response of(Throwable e) {
        Response unavailable = unavailable(e);
        if (unavailable != null) {
            return unavailable;
        }
        Response atCommit = failedAtCommit(e);
        if (atCommit != null) {
            return atCommit;
        }
        String incident = UUID.randomUUID().toString();
        Log.errorf(e, "unhandled error, incident %s", incident);
        return Problems.respond(new Problem(Problem.TYPE_BASE + "internal", "Internal error", 500,
                "an unexpected error occurred; quote incident " + incident + " when reporting it", null));
    }

    /** A 503 with Retry-After when the client should simply retry, or null. */
    private static Response unavailable(Throwable e) {
        if (CertificationRetry.isConflict(e)) {
            // a write conflict, e.g. a Galera certification failure at commit: the transaction left nothing behind
            return retryLater("1", "write-conflict", "Write conflict",
                    "the change met a concurrent change to the same data and was not stored; retry it");
        }
        if (find(e, StoreUnavailableException.class, 0) != null) {
            Log.warnf("object store unavailable: %s", rootMessage(e));
            return retryLater("5", "storage-unavailable", "Storage unavailable",
                    "the file store is briefly unreachable; nothing was stored, retry the same request shortly");
        }
        if (TransientFailures.isTransient(e)) {
            return retryLater("2", "unavailable", "Service unavailable",
                    "the service is briefly overloaded or its database is unreachable; retry shortly");
        }
        return null;
    }

    private static Response retryLater(String seconds, String type, String title, String detail) {
        return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", seconds)
                .entity(new Problem(Problem.TYPE_BASE + type, title, 503, detail, null))
                .build();
    }

    /** The client's own failure that surfaced only at commit, wrapped by the transaction and CDI layers; or null. */
    private static Response failedAtCommit(Throwable e) {
        // failures raised at commit arrive wrapped (transaction and CDI layers): answer by their cause
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return Problems.constraint();
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return Problems.concurrentUpdate();
            }
        }
        if (find(e, org.hibernate.exception.DataException.class, 0) != null) {
            // a value the database cannot hold (a date outside 1000-9999, an out-of-range number) that no
            // validation caught: the client's input, not a bug of ours to hide behind a 500
            Log.warnf("value out of storable range: %s", e.getMessage());
            return Problems.badJson("body", "a value is outside the range that can be stored (dates and times must fall "
                    + "between the years 1000 and 9999)");
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 20; depth++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** The first throwable of this type among the causes and suppressed exceptions, or null. */
    private static Throwable find(Throwable e, Class<? extends Throwable> type, int depth) {
        for (Throwable t = e; t != null && depth < 20; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (type.isInstance(t)) {
                return t;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                Throwable found = find(suppressed, type, depth + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
