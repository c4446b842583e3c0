package com.atlassian.cache;

// Source: DEC-P6 atlassian-cache-api 6.0.2 (built by CacheSettingsBuilder#build)
// UNVERIFIED: declared as an interface without members (its getters are not in the reference and not needed).
public interface CacheSettings {
}
