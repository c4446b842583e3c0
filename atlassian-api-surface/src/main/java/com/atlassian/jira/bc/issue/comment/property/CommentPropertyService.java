package com.atlassian.jira.bc.issue.comment.property;

import com.atlassian.jira.entity.property.EntityPropertyService;
import com.atlassian.jira.user.ApplicationUser;

// Source: jira-api CommentPropertyService (extends EntityPropertyService<Comment>); public scripts read JSM's
// "sd.public.comment" with getProperty(user, commentId, key).getEntityProperty().getOrNull().
// UNVERIFIED: getProperty is declared here directly instead of through the generic supertype.
public interface CommentPropertyService {
    EntityPropertyService.PropertyResult getProperty(ApplicationUser user, Long entityId, String propertyKey);
}
