package com.atlassian.jira.bc.issue;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

// Source: DOC-7 IssueService; CONDEC MockIssueService (jira-api 8.8.1)
// UNVERIFIED: for Jira 10 (the reference: "UNVERIFIED for 10 but @PublicApi").
public interface IssueService {
    IssueResult getIssue(ApplicationUser user, String issueKey);

    IssueInputParameters newIssueInputParameters();

    UpdateValidationResult validateUpdate(ApplicationUser user, Long issueId, IssueInputParameters issueInputParameters);

    IssueResult update(ApplicationUser user, UpdateValidationResult updateValidationResult);

    TransitionValidationResult validateTransition(ApplicationUser user, Long issueId, int actionId,
            IssueInputParameters issueInputParameters);

    IssueResult transition(ApplicationUser user, TransitionValidationResult transitionResult);

    // UNVERIFIED: the real class extends ServiceResultImpl (not declared here); constructors inferred.
    class IssueResult implements ServiceResult {
        public IssueResult(MutableIssue issue) {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public IssueResult(MutableIssue issue, ErrorCollection errorCollection) {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public MutableIssue getIssue() {
            throw new UnsupportedOperationException("compile-only surface");
        }

        @Override
        public boolean isValid() {
            throw new UnsupportedOperationException("compile-only surface");
        }

        @Override
        public ErrorCollection getErrorCollection() {
            throw new UnsupportedOperationException("compile-only surface");
        }
    }

    // UNVERIFIED: the real class extends IssueValidationResult (not declared here); only received from Jira, so no public constructor.
    class UpdateValidationResult implements ServiceResult {
        private UpdateValidationResult() {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public MutableIssue getIssue() {
            throw new UnsupportedOperationException("compile-only surface");
        }

        @Override
        public boolean isValid() {
            throw new UnsupportedOperationException("compile-only surface");
        }

        @Override
        public ErrorCollection getErrorCollection() {
            throw new UnsupportedOperationException("compile-only surface");
        }
    }

    // UNVERIFIED: the real class extends IssueValidationResult (not declared here); only received from Jira, so no public constructor.
    class TransitionValidationResult implements ServiceResult {
        private TransitionValidationResult() {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public MutableIssue getIssue() {
            throw new UnsupportedOperationException("compile-only surface");
        }

        @Override
        public boolean isValid() {
            throw new UnsupportedOperationException("compile-only surface");
        }

        @Override
        public ErrorCollection getErrorCollection() {
            throw new UnsupportedOperationException("compile-only surface");
        }
    }
}
