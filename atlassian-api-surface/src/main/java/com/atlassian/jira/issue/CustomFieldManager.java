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
}
