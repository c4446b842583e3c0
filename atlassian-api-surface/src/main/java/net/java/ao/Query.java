package net.java.ao;

// Source: DEC-P6 activeobjects-plugin 5.2.1 (from/join/alias/group/having not mirrored)
// Only obtained through select(), so no constructor is exposed (private).
public class Query {
    private Query() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static Query select() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static Query select(String fields) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public Query where(String clause, Object... params) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public Query order(String clause) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public Query limit(int limit) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public Query offset(int offset) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public Query distinct() {
        throw new UnsupportedOperationException("compile-only surface");
    }
}
