package io.fieldback.support;

import java.util.function.Supplier;

/**
 * Counts the SQL statements (executions, a JDBC batch counting once) the current thread sends while it is
 * probed. Requests are probed by {@link StatementCountFilter} when they carry {@link #REQUEST_HEADER}; the
 * count comes back in {@link #RESPONSE_HEADER}.
 */
public final class StatementCounter {

    public static final String REQUEST_HEADER = "X-Test-Count-Statements";
    public static final String RESPONSE_HEADER = "X-Test-Statement-Count";

    private static final ThreadLocal<int[]> PROBE = new ThreadLocal<>();

    private StatementCounter() {
    }

    static void start() {
        PROBE.set(new int[2]);
    }

    /** The statements counted since start, or -1 when this thread was not probed; stops the probe. */
    static int stop() {
        int[] probe = PROBE.get();
        PROBE.remove();
        return probe == null ? -1 : probe[0];
    }

    static void counted(boolean select) {
        int[] probe = PROBE.get();
        if (probe != null) {
            probe[0]++;
            probe[1] += select ? 1 : 0;
        }
    }

    /** The statements and, of them, the SELECTs that work sends on this thread: {statements, selects}. */
    public static int[] statementsAndSelectsOf(Runnable work) {
        start();
        int[] probe = PROBE.get();
        try {
            work.run();
        } finally {
            PROBE.remove();
        }
        return probe;
    }

    /** The statements that work sends on this thread (for jobs a test calls directly, not over HTTP). */
    public static int countOf(Runnable work) {
        start();
        try {
            work.run();
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        return stop();
    }

    public static <T> int countOf(Supplier<T> work) {
        return countOf((Runnable) work::get);
    }
}
