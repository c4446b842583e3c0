package dev.handoff.jira.fakes;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import org.mockito.Mockito;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;

/** A ClusterLockService whose locks are real JVM locks: two "nodes" in one test contend for them like on a cluster. */
public final class LocalClusterLocks {

    private LocalClusterLocks() {
    }

    public static ClusterLockService create() {
        Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
        ClusterLockService service = Mockito.mock(ClusterLockService.class);
        Mockito.when(service.getLockForName(Mockito.anyString())).thenAnswer(inv -> {
            ReentrantLock real = locks.computeIfAbsent(inv.getArgument(0), k -> new ReentrantLock());
            ClusterLock lock = Mockito.mock(ClusterLock.class);
            try {
                Mockito.when(lock.tryLock(anyLong(), any(TimeUnit.class)))
                        .thenAnswer(i -> real.tryLock(i.getArgument(0), i.getArgument(1)));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            Mockito.doAnswer(i -> {
                real.unlock();
                return null;
            }).when(lock).unlock();
            return lock;
        });
        return service;
    }
}
