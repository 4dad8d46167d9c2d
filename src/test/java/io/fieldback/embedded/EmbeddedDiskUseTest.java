package io.fieldback.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the embedded MariaDB spends disk, after a CI run ran out of it (stop 36): seven test profiles each unpacked
 * their own 350 MB of binaries, and MariaDB then waited for free space until the run's 90 minutes were gone.
 */
class EmbeddedDiskUseTest {

    @TempDir
    Path dir;

    private Process other;
    private Process full;

    @AfterEach
    void stopHelpers() {
        for (Process p : new Process[] {other, full}) {
            if (p != null) {
                p.destroyForcibly();
            }
        }
    }

    @Test
    void dataDirectoriesUnderOneParentRunOneCopyOfTheBinaries() {
        Placement tests = Placement.of(dir.resolve("mariadb-test").toString(), true);
        Placement s3 = Placement.of(dir.resolve("mariadb-test-s3").toString(), true);
        Placement dev = Placement.of(dir.resolve("mariadb-dev").toString(), false);

        assertThat(s3.baseDir()).isEqualTo(tests.baseDir()).isEqualTo(dev.baseDir());
        assertThat(tests.baseDir().getParent()).isEqualTo(dir);
        // named after the version on the class path, so an upgrade unpacks beside, never over, running binaries
        assertThat(tests.baseDir().getFileName().toString()).matches("mariadb-\\d+\\.\\d+\\.\\d+-server");
        assertThat(tests.forRetry().baseDir()).isEqualTo(tests.baseDir());
        assertThat(tests.forRetry().dataDir()).isNotEqualTo(tests.dataDir());
    }

    @Test
    void theBinariesAreUnpackedOnceAndMarkedComplete() throws Exception {
        Path binaries = dir.resolve("binaries");
        Path server = binaries.resolve("bin/mariadbd");
        unpackFor(binaries, dir.resolve("first"));
        assertThat(binaries.resolve(MariaDbServer.UNPACKED_MARKER)).exists();
        assertThat(server).isExecutable();

        Files.delete(server); // a second unpack would bring it back
        unpackFor(binaries, dir.resolve("second"));
        assertThat(server).doesNotExist();
    }

    private static void unpackFor(Path binaries, Path dataDir) throws Exception {
        MariaDbServer.of(new Placement(binaries, dataDir, false, true).configure().build(), Duration.ofSeconds(5))
                .unpackBinaries();
    }

    @Test
    void mariaDbsWordsForAFullDiskAreRecognised() {
        // as the CI run's installer printed them
        assertThat(DiskFull.says("[ERROR] InnoDB: preallocating 10485760 bytes for file .//undo003 failed with "
                + "error 28")).isTrue();
        assertThat(DiskFull.says("[Warning] mariadbd: Disk is full writing '/check/work/main/target/mariadb-test-s3-"
                + "outage/aria_log.00000001' (Errcode: 28 \"No space left on device\"). Waiting for someone to free "
                + "space...")).isTrue();
        assertThat(DiskFull.says("[Note] InnoDB: Setting file './ibtmp1' size to 12.000MiB.")).isFalse();
        assertThat(DiskFull.says("[Note] InnoDB: 128 rollback segments in 3 undo tablespaces are active.")).isFalse();
    }

    @Test
    void aFullDiskStopsTheServersOnThatDataDirectoryAndNoOther() throws Exception {
        Path fullDir = dir.resolve("stand-in-for-a-full-disk");
        full = standIn(fullDir + "/"); // the installer's spelling, with a trailing slash
        other = standIn(dir.resolve("mariadb-test").toString());
        DiskFull watch = new DiskFull(fullDir);

        watch.check("[Note] InnoDB: Completed initialization of buffer pool");
        assertThat(watch.isSet()).isFalse();
        assertThat(full.isAlive()).isTrue();

        watch.check("[Warning] mariadbd: Disk is full writing '" + fullDir + "/aria_log.00000001' (Errcode: 28 "
                + "\"No space left on device\")");
        assertThat(watch.isSet()).isTrue();
        assertThat(full.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(other.isAlive()).isTrue();
    }

    /** A process that carries a server's --datadir argument (the "; true" keeps bash from exec'ing sleep). */
    private static Process standIn(String dataDir) throws Exception {
        Process p = new ProcessBuilder("bash", "-c", "sleep 60; true", "mariadbd", "--datadir=" + dataDir).start();
        for (int i = 0; i < 50 && p.info().arguments().isEmpty(); i++) {
            Thread.sleep(20);
        }
        return p;
    }
}
