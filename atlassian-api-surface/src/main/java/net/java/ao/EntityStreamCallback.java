package net.java.ao;

// Source: DEC-P6 activeobjects-plugin 5.2.1
public interface EntityStreamCallback<T extends RawEntity<K>, K> {
    void onRowRead(T t);
}
