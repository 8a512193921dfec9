package de.gemeinsinn.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the application was killed hard (kill -9, out of memory), its embedded PostgreSQL keeps
 * running and holds the data directory, so the next start would fail. Before starting, stop a
 * PostgreSQL server that still runs on our data directory.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    private static final Duration GRACE = Duration.ofSeconds(15);

    private StalePostmaster() {}

    static void stopIfRunning(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return;
        }
        Optional<ProcessHandle> process =
                ProcessHandle.of(Long.parseLong(lines.get(0).strip()));
        if (process.isEmpty() || !process.get().isAlive() || !isPostgresOn(process.get(), dataDir)) {
            return;
        }
        log.warn("A PostgreSQL server from an earlier run still uses {}; stopping it", dataDir);
        process.get().destroy(); // SIGTERM: PostgreSQL's "smart" shutdown, no data lost
        long deadline = System.nanoTime() + GRACE.toNanos();
        while (process.get().isAlive() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (process.get().isAlive()) {
            throw new IllegalStateException("PostgreSQL (pid " + process.get().pid() + ") on " + dataDir
                    + " did not stop; stop it by hand and start again");
        }
    }

    private static boolean isPostgresOn(ProcessHandle process, Path dataDir) {
        String command = process.info().commandLine().orElse("");
        return command.contains("postgres") && command.contains(dataDir.toString());
    }
}
