package dev.handoff.jira.load;

import com.atlassian.beehive.ClusterLock;
import dev.handoff.core.prose.ModelCallGate;
import dev.handoff.jira.settings.HandoffSettings;
import dev.handoff.jira.settings.ModelSettings;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every model call goes through here: the circuit breaker first (a failing server is not called, drafts fall back
 * to deterministic at once), then a cluster-wide slot, then the call. Only exceptions of the call itself count as
 * server failures; what the caller does with a reply (schema checks) does not.
 */
@Named
public class ModelLoadControl implements ModelCallGate {

    /** How long a background draft waits for a free slot before it settles for the deterministic note. */
    static final Duration SLOT_WAIT = Duration.ofSeconds(20);

    private final ModelSlots slots;
    private final HandoffSettings settings;
    private final CircuitBreaker breaker;

    @Inject
    public ModelLoadControl(ModelSlots slots, HandoffSettings settings) {
        this(slots, settings, new CircuitBreaker(Clock.systemUTC()));
    }

    ModelLoadControl(ModelSlots slots, HandoffSettings settings, CircuitBreaker breaker) {
        this.slots = slots;
        this.settings = settings;
        this.breaker = breaker;
    }

    @Override
    public <T> T call(Supplier<T> modelCall) {
        ModelSettings model = settings.model();
        if (!breaker.allow()) {
            throw new ModelCallGate.Refused("the model server failed " + model.breakerFailures()
                    + " times in a row; Handoff tries it again after " + breaker.openUntil().map(Object::toString).orElse("a pause"));
        }
        Optional<ClusterLock> slot;
        try {
            slot = slots.acquire(model.maxConcurrent(), SLOT_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            breaker.abandon();
            throw new ModelCallGate.Refused("interrupted while waiting for a model slot");
        }
        if (slot.isEmpty()) {
            breaker.abandon();
            throw new ModelCallGate.Refused("all " + model.maxConcurrent()
                    + " model slots of the cluster stayed busy for " + SLOT_WAIT.toSeconds() + " s");
        }
        try {
            T result = modelCall.get();
            breaker.success();
            return result;
        } catch (RuntimeException e) {
            breaker.failure(e.getClass().getSimpleName(), model.breakerFailures(), model.breakerOpenFor());
            throw e;
        } finally {
            slot.get().unlock();
        }
    }

    /** For the health page: when the breaker closes again, if open, and the last failure's kind. */
    public Optional<java.time.Instant> breakerOpenUntil() {
        return breaker.openUntil();
    }

    public Optional<String> lastFailure() {
        return breaker.lastFailure();
    }
}
