package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.util.List;

// Source: DOC-7 ChangeHistory
// UNVERIFIED: member names for Jira 10. Only received from Jira, so no constructor is exposed (private).
public class ChangeHistory {
    private ChangeHistory() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public Long getId() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public ApplicationUser getAuthorObject() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public Timestamp getTimePerformed() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public List<ChangeItemBean> getChangeItemBeans() {
        throw new UnsupportedOperationException("compile-only surface");
    }
}
