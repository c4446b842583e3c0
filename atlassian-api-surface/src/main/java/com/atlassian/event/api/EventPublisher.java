package com.atlassian.event.api;

// Source: §8.4 (GROOVY; SLACK imports com.atlassian.event.api)
public interface EventPublisher {
    void publish(Object event);

    void register(Object listener);

    void unregister(Object listener);
}
