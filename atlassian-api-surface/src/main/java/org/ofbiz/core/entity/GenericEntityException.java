package org.ofbiz.core.entity;

// Source: jira-api reference §2.3 (thrown by createCustomField). Checked, as in OfBiz.
public class GenericEntityException extends Exception {
    public GenericEntityException(String message) {
        super(message);
    }
}
