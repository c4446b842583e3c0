package com.atlassian.sal.api.transaction;

// Source: DEC-P6 sal-api 5.1.4 (single abstract method; also the callback of ActiveObjects#executeInTransaction)
public interface TransactionCallback<T> {
    T doInTransaction();
}
