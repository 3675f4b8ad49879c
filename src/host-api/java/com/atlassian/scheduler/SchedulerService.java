package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

/**
 * Host-API declaration (atlassian-scheduler, compile-only): the host's job scheduler, imported as an OSGi service.
 * Only the methods the plugin calls are declared. A job runner is registered by every node on every start (the
 * registration lives in memory); a {@link com.atlassian.scheduler.config.RunMode#RUN_ONCE_PER_CLUSTER} job's
 * schedule is kept in the database and each of its runs happens on one node only.
 */
public interface SchedulerService {
    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    /** Schedules (or replaces the schedule of) the job {@code jobId}. */
    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;

    void unscheduleJob(JobId jobId);
}
