package com.atlassian.cache;

import java.util.Collection;

// Source: DEC-P6 atlassian-cache-api 6.0.2 (get with Supplier and getBulk not mirrored)
public interface Cache<K, V> {
    String getName();

    boolean containsKey(K key);

    Collection<K> getKeys();

    V get(K key);

    void put(K key, V value);

    V putIfAbsent(K key, V value);

    void remove(K key);

    boolean remove(K key, V value);

    void removeAll();

    boolean replace(K key, V oldValue, V newValue);
}
