package io.fieldback.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.SQLException;

import jakarta.ws.rs.core.Response;

import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransactionException;

/**
 * A connection pool with every connection busy: the chain a booking under overload throws (Hibernate wraps the
 * pool's SQLException, which has no SQLSTATE, and QuarkusTransaction wraps that) answers 503 with Retry-After.
 */
class TransientFailuresTest {

    /** Agroal's words when no connection was returned within the wait (ConnectionPool.getConnection). */
    private static final String POOL_EXHAUSTED = "Sorry, acquisition timeout!";

    /** Agroal's words when a new connection could not be opened within the wait. */
    private static final String NO_NEW_CONNECTION = "Acquisition timeout while waiting for new connection";

    @Test
    void anExhaustedPoolIsA503WithRetryAfter() {
        assertUnavailable(new QuarkusTransactionException(acquiring(POOL_EXHAUSTED)));
        assertUnavailable(acquiring(POOL_EXHAUSTED));
    }

    @Test
    void aConnectionNotOpenedInTimeIsA503Too() {
        assertUnavailable(new QuarkusTransactionException(acquiring(NO_NEW_CONNECTION)));
    }

    @Test
    void anotherDriverFailureIsNotTransient() {
        // (not through ServerProblems: its 500 path logs through Quarkus' Log, which needs a running app)
        assertFalse(TransientFailures.isTransient(new GenericJDBCException("could not execute statement",
                new SQLException("Unknown column 'x'", "42S22", 1054))));
    }

    private static GenericJDBCException acquiring(String poolMessage) {
        return new GenericJDBCException("Unable to acquire JDBC Connection", new SQLException(poolMessage));
    }

    private static void assertUnavailable(Throwable e) {
        Response r = ServerProblems.of(e);
        assertEquals(503, r.getStatus());
        assertEquals("2", r.getHeaderString("Retry-After"));
    }
}
