package dev.handoff.llm;

import java.util.function.Supplier;

/**
 * Runs langchain4j code with the thread context class loader set to this module's own loader.
 * Inside Jira the context loader is the host's, whose Jackson modules and service files break
 * langchain4j's ServiceLoader lookups (reference llm.md §2); the swap is undone in every case.
 */
public final class PluginClassLoader {

    private PluginClassLoader() {
    }

    public static <T> T call(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(PluginClassLoader.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
