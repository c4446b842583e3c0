package dev.handoff.jira.lifecycle;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;
import dev.handoff.jira.job.DraftJobRunner;
import dev.handoff.jira.job.DraftJobScheduler;
import dev.handoff.jira.job.RecoveryJob;
import dev.handoff.jira.job.RetentionJob;
import dev.handoff.jira.metrics.IssueActivityListener;
import com.atlassian.event.api.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger log = LoggerFactory.getLogger(HandoffLifecycle.class);

    private final SchedulerService scheduler;
    private final DraftJobRunner runner;
    private final RecoveryJob recovery;
    private final DraftJobScheduler jobs;
    private final RetentionJob retention;
    private final EventPublisher events;
    private final IssueDeletedListener issueDeleted;
    private final IssueActivityListener issueActivity;

    @Inject
    public HandoffLifecycle(@ComponentImport SchedulerService scheduler, DraftJobRunner runner, RecoveryJob recovery,
                            DraftJobScheduler jobs, RetentionJob retention, @ComponentImport EventPublisher events,
                            IssueDeletedListener issueDeleted, IssueActivityListener issueActivity) {
        this.scheduler = scheduler;
        this.runner = runner;
        this.recovery = recovery;
        this.jobs = jobs;
        this.retention = retention;
        this.events = events;
        this.issueDeleted = issueDeleted;
        this.issueActivity = issueActivity;
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(DraftJobScheduler.runnerKey(), runner);
        scheduler.registerJobRunner(DraftJobScheduler.recoveryRunnerKey(), recovery);
        scheduler.registerJobRunner(DraftJobScheduler.retentionRunnerKey(), retention);
        events.register(issueDeleted);
        events.register(issueActivity);
        try {
            jobs.scheduleRecovery();
        } catch (Exception e) {
            log.error("Handoff could not schedule its recovery sweep; stuck drafts will wait for a restart", e);
        }
        try {
            jobs.scheduleRetention();
        } catch (Exception e) {
            log.error("Handoff could not schedule its retention purge; old drafts stay until it is scheduled", e);
        }
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(DraftJobScheduler.runnerKey());
        scheduler.unregisterJobRunner(DraftJobScheduler.recoveryRunnerKey());
        scheduler.unregisterJobRunner(DraftJobScheduler.retentionRunnerKey());
        events.unregister(issueDeleted);
        events.unregister(issueActivity);
    }

    @Override
    public void destroy() {
        onStop();
    }
}
