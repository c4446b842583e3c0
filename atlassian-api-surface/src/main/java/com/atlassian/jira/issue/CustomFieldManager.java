package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import java.util.Collection;
import java.util.List;

// Source: DOC-7 /jira/7.2.0/.../CustomFieldManager.html; SLACK-J10 (getCustomFieldObjects(Issue))
public interface CustomFieldManager {
    CustomField getCustomFieldObject(Long id);

    CustomField getCustomFieldObject(String key);

    Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);

    List<CustomField> getCustomFieldObjects();

    List<CustomField> getCustomFieldObjects(Issue issue);

    boolean exists(String id);

    CustomField createCustomField(String fieldName, String description,
                                  com.atlassian.jira.issue.customfields.CustomFieldType fieldType,
                                  com.atlassian.jira.issue.customfields.CustomFieldSearcher customFieldSearcher,
                                  List<com.atlassian.jira.issue.context.JiraContextNode> contexts,
                                  List<com.atlassian.jira.issue.issuetype.IssueType> issueTypes)
            throws org.ofbiz.core.entity.GenericEntityException;

    // UNVERIFIED: lookups by module key ("com.atlassian.jira.plugin.system.customfieldtypes:textarea"); not in the reference.
    com.atlassian.jira.issue.customfields.CustomFieldType getCustomFieldType(String key);

    // UNVERIFIED: as above, for searchers ("...:textsearcher").
    com.atlassian.jira.issue.customfields.CustomFieldSearcher getCustomFieldSearcher(String key);
}
