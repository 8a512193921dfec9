package de.gemeinsinn.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StalePostmasterTests {

    @TempDir
    Path dir;

    Process fakeServer(Path dataDir) throws Exception {
        // a process whose command line names "postgres" and the data directory, like a real one
        return new ProcessBuilder("sh", "-c", "sleep 60", "postgres", dataDir.toString()).start();
    }

    @Test
    void stopsAServerLeftRunningOnOurDataDirectory() throws Exception {
        Path data = Files.createDirectories(dir.resolve("postgres"));
        Process server = fakeServer(data);
        Files.writeString(data.resolve("postmaster.pid"), server.pid() + "\n" + data + "\n");

        StalePostmaster.stopIfRunning(data);

        assertThat(server.waitFor(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void leavesOtherProcessesAlone() throws Exception {
        Path data = Files.createDirectories(dir.resolve("postgres"));
        Process other = fakeServer(dir.resolve("somewhere-else"));
        try {
            Files.writeString(data.resolve("postmaster.pid"), other.pid() + "\n");
            StalePostmaster.stopIfRunning(data);
            assertThat(other.isAlive()).isTrue();
        } finally {
            other.destroy();
        }
    }

    @Test
    void ignoresMissingOrGarbledPidFiles() throws Exception {
        Path data = Files.createDirectories(dir.resolve("postgres"));
        StalePostmaster.stopIfRunning(data);
        Files.writeString(data.resolve("postmaster.pid"), "kein pid\n");
        StalePostmaster.stopIfRunning(data);
        assertThat(data).exists();
    }
}
