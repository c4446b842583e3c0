package com.atlassian.cache;

// Source: DEC-P6 atlassian-cache-api 6.0.2 (@Internal but injected by plugins, e.g. SLACK @ComponentImport CacheManager).
// Its own management members (getCaches, flushCaches, getManagedCache, shutdown) are not mirrored.
public interface CacheManager extends CacheFactory {
}
