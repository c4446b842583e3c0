package com.atlassian.cache;

import java.util.concurrent.TimeUnit;

// Source: DEC-P6 atlassian-cache-api 6.0.2
public class CacheSettingsBuilder {
    public CacheSettingsBuilder() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public CacheSettingsBuilder expireAfterAccess(long expireAfter, TimeUnit timeUnit) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public CacheSettingsBuilder expireAfterWrite(long expireAfter, TimeUnit timeUnit) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public CacheSettingsBuilder maxEntries(int maxEntries) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public CacheSettingsBuilder local() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public CacheSettingsBuilder remote() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public CacheSettingsBuilder replicateViaCopy() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public CacheSettingsBuilder replicateViaInvalidation() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public CacheSettingsBuilder replicateAsynchronously() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public CacheSettingsBuilder replicateSynchronously() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public CacheSettingsBuilder flushable() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public CacheSettingsBuilder unflushable() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public CacheSettingsBuilder statisticsEnabled() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public CacheSettingsBuilder statisticsDisabled() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public CacheSettings build() {
        throw new UnsupportedOperationException("compile-only surface");
    }
}
