package dev.handoff.jira.job;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Cluster-wide mutual exclusion per issue for the few read-then-write steps (claiming a job, numbering a
 * draft version). Cluster locks are database rows, so names come from a fixed set of stripes, never one
 * per issue.
 */
@Named
public class IssueLocks {

    static final int STRIPES = 64;
    private static final String PREFIX = "dev.handoff.jira.issue-lock.";

    private final ClusterLockService locks;

    @Inject
    public IssueLocks(@ComponentImport ClusterLockService locks) {
        this.locks = locks;
    }

    /** Runs {@code work} holding the issue's lock; gives up after {@code waitSeconds} with an exception. */
    public <T> T withLock(long issueId, int waitSeconds, Supplier<T> work) {
        ClusterLock lock = locks.getLockForName(PREFIX + Math.floorMod(issueId, STRIPES));
        boolean held;
        try {
            held = lock.tryLock(waitSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the lock of issue " + issueId, e);
        }
        if (!held) {
            throw new IllegalStateException("the lock of issue " + issueId + " is busy");
        }
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
