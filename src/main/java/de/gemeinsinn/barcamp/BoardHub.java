package de.gemeinsinn.barcamp;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pushes "the board changed" to every open live board and kiosk over Server-Sent Events (ADR
 * 0027). Writers bump {@code barcamp.board_version} inside their transaction. The instance that
 * wrote pushes right after the commit; every instance also polls the versions of the BarCamps it
 * has open connections for (one small query per second, only while someone watches), so boards
 * connected to other instances follow within about a second. Clients then fetch the board's HTML.
 */
@Component
class BoardHub {

    private static final Logger log = LoggerFactory.getLogger(BoardHub.class);

    private final BarcampRepository repository;
    private final Map<UUID, Set<SseEmitter>> emitters = new ConcurrentHashMap<>();
    private final Map<UUID, Long> versions = new ConcurrentHashMap<>();
    private final long timeoutMillis;

    BoardHub(BarcampRepository repository, @Value("${gemeinsinn.barcamp.sse-timeout:PT30M}") Duration timeout) {
        this.repository = repository;
        this.timeoutMillis = timeout.toMillis();
    }

    /** A new connection; the client reconnects by itself when it times out. */
    SseEmitter connect(UUID barcampId, long currentVersion) {
        SseEmitter emitter = new SseEmitter(timeoutMillis);
        Set<SseEmitter> set = emitters.computeIfAbsent(barcampId, k -> new CopyOnWriteArraySet<>());
        set.add(emitter);
        versions.putIfAbsent(barcampId, currentVersion);
        Runnable remove = () -> remove(barcampId, emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        try {
            emitter.send(SseEmitter.event().name("hello").data(currentVersion).reconnectTime(3000));
        } catch (IOException | IllegalStateException e) {
            remove.run();
        }
        return emitter;
    }

    private void remove(UUID barcampId, SseEmitter emitter) {
        Set<SseEmitter> set = emitters.get(barcampId);
        if (set != null) {
            set.remove(emitter);
        }
    }

    int connections(UUID barcampId) {
        Set<SseEmitter> set = emitters.get(barcampId);
        return set == null ? 0 : set.size();
    }

    /** Call inside the writing transaction (after bumping the version): pushes after the commit. */
    void changedAfterCommit(UUID barcampId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    refresh(barcampId);
                }
            });
        } else {
            refresh(barcampId);
        }
    }

    private void refresh(UUID barcampId) {
        if (connections(barcampId) == 0) {
            return;
        }
        Long version = repository.boardVersions(Set.of(barcampId)).get(barcampId);
        if (version != null) {
            versions.put(barcampId, version);
            broadcast(barcampId, version);
        }
    }

    /** Picks up changes written by other instances. */
    @Scheduled(fixedDelayString = "${gemeinsinn.barcamp.poll-interval:PT1S}")
    void poll() {
        emitters.entrySet().removeIf(e -> e.getValue().isEmpty());
        if (emitters.isEmpty()) {
            return;
        }
        try {
            repository.boardVersions(emitters.keySet()).forEach((id, version) -> {
                Long seen = versions.put(id, version);
                if (seen == null || seen.longValue() != version) {
                    broadcast(id, version);
                }
            });
        } catch (RuntimeException e) {
            log.debug("board poll failed: {}", e.toString());
        }
    }

    /** Keeps idle connections open through proxies and finds dead ones. */
    @Scheduled(fixedDelayString = "${gemeinsinn.barcamp.heartbeat:PT25S}")
    void heartbeat() {
        emitters.forEach((id, set) -> {
            for (SseEmitter emitter : set) {
                try {
                    emitter.send(SseEmitter.event().comment("ping"));
                } catch (IOException | IllegalStateException e) {
                    set.remove(emitter);
                }
            }
        });
    }

    private void broadcast(UUID barcampId, long version) {
        Set<SseEmitter> set = emitters.get(barcampId);
        if (set == null) {
            return;
        }
        for (SseEmitter emitter : set) {
            try {
                emitter.send(SseEmitter.event()
                        .name("board")
                        .id(Long.toString(version))
                        .data(version));
            } catch (IOException | IllegalStateException e) {
                set.remove(emitter);
            }
        }
    }
}
