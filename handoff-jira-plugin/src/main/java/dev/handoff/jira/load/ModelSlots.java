package dev.handoff.jira.load;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A cluster-wide cap on model calls in flight: {@code n} slots are {@code n} named cluster locks, and a call runs
 * only while it holds one. Cluster locks are database-backed on Data Center, so the cap holds across nodes and a
 * dead node's slots are released with its locks.
 */
@Named
public class ModelSlots {

    static final String LOCK_PREFIX = "dev.handoff.jira.model.slot.";

    private final ClusterLockService locks;

    @Inject
    public ModelSlots(@ComponentImport ClusterLockService locks) {
        this.locks = locks;
    }

    /**
     * Takes a free slot of {@code slots}, trying each once and then waiting on one for up to {@code wait}; empty
     * when all stay busy. The caller must {@link ClusterLock#unlock()} the returned lock.
     */
    public Optional<ClusterLock> acquire(int slots, Duration wait) throws InterruptedException {
        int start = (int) (Thread.currentThread().getId() % slots);
        for (int i = 0; i < slots; i++) {
            ClusterLock lock = locks.getLockForName(LOCK_PREFIX + ((start + i) % slots));
            if (lock.tryLock()) {
                return Optional.of(lock);
            }
        }
        ClusterLock lock = locks.getLockForName(LOCK_PREFIX + start);
        return lock.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS) ? Optional.of(lock) : Optional.empty();
    }
}
