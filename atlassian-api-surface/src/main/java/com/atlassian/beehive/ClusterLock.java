package com.atlassian.beehive;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

// Source: DEC-P6 beehive-api 5.0.1 (extends java.util.concurrent.locks.Lock)
public interface ClusterLock extends Lock {
    boolean isHeldByCurrentThread();

    @Override
    Condition newCondition();

    @Override
    void lockInterruptibly() throws InterruptedException;
}
