package com.atlassian.beehive;

// Source: DEC-P6 beehive-api 5.0.1 (Platform 7 -> 6.0.0 per PMU)
public interface ClusterLockService {
    ClusterLock getLockForName(String lockName);
}
