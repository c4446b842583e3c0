package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.user.ApplicationUser;
import java.util.List;

// Source: CONDEC KnowledgeElement (getChangeHistories); DOC-7
public interface ChangeHistoryManager {
    List<ChangeHistory> getChangeHistories(Issue issue);

    // UNVERIFIED: DOC-7 only, not seen for Jira 10.
    List<ChangeItemBean> getChangeItemsForField(Issue issue, String changeItemFieldName);

    // UNVERIFIED: DOC-7 only, not seen for Jira 10.
    List<ChangeHistory> getChangeHistoriesForUser(Issue issue, ApplicationUser remoteUser);
}
