package com.atlassian.activeobjects.external;

// Source: DEC-P6 activeobjects-plugin 5.2.1 (ModelVersion.valueOf(String))
// Only obtained through valueOf here, so no constructor is exposed (private); other members not mirrored.
public final class ModelVersion {
    private ModelVersion() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static ModelVersion valueOf(String version) {
        throw new UnsupportedOperationException("compile-only surface");
    }
}
