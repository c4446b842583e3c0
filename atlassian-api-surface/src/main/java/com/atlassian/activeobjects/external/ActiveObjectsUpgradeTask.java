package com.atlassian.activeobjects.external;

// Source: DEC-P6 activeobjects-plugin 5.2.1; <upgradeTask> in SLACK-J10 <ao> descriptor
public interface ActiveObjectsUpgradeTask {
    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
