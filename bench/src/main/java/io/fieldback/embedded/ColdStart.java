package io.fieldback.embedded;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;

/**
 * One cold start of the app's embedded MariaDB (the app's own EmbeddedMariaDb, compiled into the bench tools from
 * src/embedded): new JVM, fresh temporary binaries and data, the same server arguments, ready wait and retry.
 * Prints one line for bench/cold-start-db.sh: "cold-start ok <seconds> attempt=<n> server=<seconds>" or "cold-start failed <seconds>",
 * then stops the server.
 *
 * Usage: ColdStart [ready wait in seconds]
 */
public final class ColdStart {

    public static void main(String[] args) throws Exception {
        Duration readyWait = args.length > 0 ? Duration.ofSeconds(Long.parseLong(args[0]))
                : EmbeddedMariaDb.DEFAULT_READY_WAIT;
        long began = System.nanoTime();
        try {
            EmbeddedMariaDb.Started started = EmbeddedMariaDb.start(Placement.of(null, true), readyWait);
            try (Connection c = DriverManager.getConnection(started.jdbcUrl(), EmbeddedMariaDb.USER, "");
                    ResultSet rs = c.createStatement().executeQuery("select 1")) {
                rs.next();
            }
            System.out.printf("cold-start ok %.2f attempt=%d server=%.2f%n", started.took().toMillis() / 1000.0,
                    started.attempt(), started.serverStart().toMillis() / 1000.0);
        } catch (Exception e) {
            e.printStackTrace();
            System.out.printf("cold-start failed %.2f%n", (System.nanoTime() - began) / 1e9);
        }
        System.exit(0); // the shutdown hooks stop the server and remove its directories
    }
}
