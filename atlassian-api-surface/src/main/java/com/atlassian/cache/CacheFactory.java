package com.atlassian.cache;

// Source: DEC-P6 atlassian-cache-api 6.0.2 (Platform 7 -> 7.0.1 per PMU). CachedReference and Class/Supplier overloads not mirrored.
public interface CacheFactory {
    <K, V> Cache<K, V> getCache(String name);

    <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader);

    <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings settings);
}
