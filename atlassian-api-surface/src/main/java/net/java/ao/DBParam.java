package net.java.ao;

// Source: DEC-P6 activeobjects-plugin 5.2.1
public class DBParam {
    public DBParam(String field, Object value) {
        throw new UnsupportedOperationException("compile-only surface");
    }
}
