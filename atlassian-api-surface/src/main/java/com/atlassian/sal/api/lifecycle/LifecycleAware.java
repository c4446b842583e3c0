package com.atlassian.sal.api.lifecycle;

// Source: DEC-P6 sal-api 5.1.4; GROOVY PluginLauncherImpl (@ExportAsService({LifecycleAware.class}))
public interface LifecycleAware {
    void onStart();

    void onStop();
}
