package com.atlassian.jira.issue;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.context.IssueContext;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.util.Collection;

// Source: DOC-7 Issue; SP-10 velocity allowlist (IssueImpl#getIssueType(), #getStatus())
// UNVERIFIED: each member individually for Jira 10 (reference: "signatures stable 7->10").
public interface Issue extends IssueContext {
    Long getId();

    String getKey();

    String getSummary();

    String getDescription();

    String getEnvironment();

    @Override
    Project getProjectObject();

    @Override
    IssueType getIssueType();

    Status getStatus();

    ApplicationUser getAssignee();

    ApplicationUser getReporter();

    Timestamp getCreated();

    Timestamp getUpdated();

    Object getCustomFieldValue(CustomField customField);

    // Source: docs.atlassian.com/jira/latest Issue (Collection<ProjectComponent> getComponents(); getComponentObjects deprecated since 7.0)
    Collection<ProjectComponent> getComponents();

    // UNVERIFIED: Resolution getResolution() and Timestamp getResolutionDate() as in the Jira 7 Javadoc, not re-checked for 10
    Resolution getResolution();

    Timestamp getResolutionDate();
}
