package dev.handoff.jira.lifecycle;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;
import dev.handoff.jira.job.DraftJobRunner;
import dev.handoff.jira.job.DraftJobScheduler;
import org.springframework.beans.factory.DisposableBean;

import javax.inject.Inject;
import javax.inject.Named;

/**
 * Registers the draft job runner on every node once Jira is up (SAL calls {@code onStart} only for beans
 * exported as LifecycleAware services), and unregisters it when the plugin is disabled or Jira stops.
 * Run-once-per-cluster jobs may run on any node, so every node must have the runner.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class HandoffLifecycle implements LifecycleAware, DisposableBean {

    private final SchedulerService scheduler;
    private final DraftJobRunner runner;

    @Inject
    public HandoffLifecycle(@ComponentImport SchedulerService scheduler, DraftJobRunner runner) {
        this.scheduler = scheduler;
        this.runner = runner;
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(DraftJobScheduler.runnerKey(), runner);
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(DraftJobScheduler.runnerKey());
    }

    @Override
    public void destroy() {
        onStop();
    }
}
