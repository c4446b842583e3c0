package com.atlassian.sal.api.transaction;

// Source: DEC-P6 sal-api 5.1.4
public interface TransactionTemplate {
    <T> T execute(TransactionCallback<T> action);
}
