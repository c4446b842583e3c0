package com.atlassian.cache;

// Source: DEC-P6 atlassian-cache-api 6.0.2
public interface CacheLoader<K, V> {
    V load(K key);
}
