package app.auraworkflows.confluence;

import app.auraworkflows.kernel.TimeSource;
import app.auraworkflows.twofactor.AuditRetention;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import java.time.Duration;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Role: runs the 2FA audit log's retention ({@link AuditRetention#prune}) in the background, hourly, on one node of
 * the cluster per run (atlassian-scheduler's {@link RunMode#RUN_ONCE_PER_CLUSTER}: the schedule is kept in the
 * database and each run is claimed by one node).
 *
 * <p>Every node registers the runner when the plugin is enabled (runner registrations live in each node's memory)
 * and unregisters it when the plugin is disabled; the job's schedule stays, so a node that is still running the
 * plugin keeps pruning. One run deletes a bounded number of events (see {@link AuditRetention}); a site with a long
 * backlog catches up over a few runs instead of one long delete. The first run waits a few minutes, so a plugin
 * start is never slowed by it.
 */
@Component
public class AuditRetentionJob implements JobRunner, InitializingBean, DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(AuditRetentionJob.class);
    static final JobRunnerKey RUNNER_KEY = JobRunnerKey.of("app.auraworkflows.audit-retention");
    static final JobId JOB_ID = JobId.of("app.auraworkflows.audit-retention");
    static final Duration INTERVAL = Duration.ofHours(1);
    static final Duration FIRST_RUN_DELAY = Duration.ofMinutes(5);

    private final SchedulerService scheduler;
    private final AuditRetention retention;
    private final TimeSource time;

    public AuditRetentionJob(SchedulerService scheduler, AuditRetention retention, TimeSource time) {
        this.scheduler = scheduler;
        this.retention = retention;
        this.time = time;
    }

    @Override
    public void afterPropertiesSet() {
        scheduler.registerJobRunner(RUNNER_KEY, this);
        Date firstRun = Date.from(time.clock().instant().plus(FIRST_RUN_DELAY));
        try {
            scheduler.scheduleJob(JOB_ID, JobConfig.forJobRunnerKey(RUNNER_KEY)
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(INTERVAL.toMillis(), firstRun)));
        } catch (SchedulerServiceException e) {
            // The plugin still works; only old audit events stay until a later start schedules the job.
            LOG.error("The audit retention job could not be scheduled; old 2FA audit events are not deleted", e);
        }
    }

    @Override
    public void destroy() {
        scheduler.unregisterJobRunner(RUNNER_KEY);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            AuditRetention.PruneResult result = retention.prune(time.clock().instant(), request::isCancellationRequested);
            if (result.deleted() > 0) {
                LOG.info("Deleted {} 2FA audit events older than {}{}", result.deleted(), result.cutoff(),
                        result.complete() ? "" : "; more are left for the next run");
            }
            return JobRunnerResponse.success(result.deleted() + " events deleted");
        } catch (RuntimeException failure) {
            LOG.error("The 2FA audit retention run failed; the next run tries again", failure);
            return JobRunnerResponse.failed(failure);
        }
    }
}
