package dev.handoff.core.prose;

import java.util.function.Supplier;

/**
 * Wraps every call to a model. The Jira plugin puts its cluster-wide cap and circuit breaker here; a
 * gate that will not let a call through throws {@link Refused}, which the generator turns into a
 * fallback reason like any other failure.
 */
@FunctionalInterface
public interface ModelCallGate {

    <T> T call(Supplier<T> work);

    /** Lets every call through. */
    static ModelCallGate passThrough() {
        return PassThrough.INSTANCE;
    }

    /** The gate did not let the call through; the message says why (shown to the user as the fallback reason). */
    final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Refused(String reason) {
            super(reason);
        }
    }
}

enum PassThrough implements ModelCallGate {
    INSTANCE;

    @Override
    public <T> T call(Supplier<T> work) {
        return work.get();
    }
}
