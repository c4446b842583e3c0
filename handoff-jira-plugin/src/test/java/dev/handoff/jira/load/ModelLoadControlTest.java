package dev.handoff.jira.load;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import dev.handoff.core.prose.ModelCallGate;
import dev.handoff.jira.settings.HandoffSettings;
import dev.handoff.jira.settings.ModelSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class ModelLoadControlTest {

    private final Map<String, ClusterLock> locks = new HashMap<>();
    private final ClusterLockService lockService = mock(ClusterLockService.class);
    private final HandoffSettings settings = mock(HandoffSettings.class);
    private ModelLoadControl control;

    @BeforeEach
    void setUp() throws InterruptedException {
        when(lockService.getLockForName(anyString())).thenAnswer(i -> locks.computeIfAbsent(i.getArgument(0), n -> freeLock()));
        when(settings.model()).thenReturn(new ModelSettings(Optional.of(URI.create("http://127.0.0.1:11434")), "m",
                Duration.ofSeconds(1), Duration.ofSeconds(5), 2, 2, Duration.ofMinutes(1), ModelSettings.Protocol.OLLAMA, false));
        control = new ModelLoadControl(new ModelSlots(lockService), settings, new CircuitBreaker(Clock.systemUTC()));
    }

    private static ClusterLock freeLock() {
        ClusterLock lock = mock(ClusterLock.class);
        when(lock.tryLock()).thenReturn(true);
        return lock;
    }

    @Test
    void a_call_runs_while_holding_one_cluster_slot_and_releases_it() {
        assertThat(control.call(() -> "prose")).isEqualTo("prose");

        ClusterLock held = locks.values().iterator().next();
        verify(held).unlock();
        assertThat(locks.keySet()).allMatch(n -> n.startsWith(ModelSlots.LOCK_PREFIX));
    }

    @Test
    void when_every_slot_stays_busy_the_model_is_not_called_and_the_reason_names_the_cap() throws InterruptedException {
        for (int i = 0; i < 2; i++) {
            ClusterLock busy = mock(ClusterLock.class);
            when(busy.tryLock()).thenReturn(false);
            when(busy.tryLock(anyLong(), eq(TimeUnit.MILLISECONDS))).thenReturn(false);
            locks.put(ModelSlots.LOCK_PREFIX + i, busy);
        }
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> control.call(calls::incrementAndGet))
                .isInstanceOf(ModelCallGate.Refused.class)
                .hasMessageContaining("all 2 model slots of the cluster stayed busy");
        assertThat(calls).hasValue(0);
    }

    @Test
    void failing_calls_open_the_breaker_so_later_drafts_skip_the_model_at_once() {
        AtomicInteger calls = new AtomicInteger();
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> control.call(() -> {
                calls.incrementAndGet();
                throw new IllegalStateException("connection refused");
            })).isInstanceOf(IllegalStateException.class);
        }

        assertThatThrownBy(() -> control.call(calls::incrementAndGet))
                .isInstanceOf(ModelCallGate.Refused.class)
                .hasMessageContaining("failed 2 times in a row");
        assertThat(calls).hasValue(2);
        assertThat(control.lastFailure()).contains("IllegalStateException");
        assertThat(control.breakerOpenUntil()).isPresent();
    }
}
