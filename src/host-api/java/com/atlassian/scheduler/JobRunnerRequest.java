package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import java.util.Date;

/** Host-API declaration (atlassian-scheduler, compile-only): what the scheduler tells a job runner about a run. */
public interface JobRunnerRequest {
    Date getStartTime();

    JobId getJobId();

    JobConfig getJobConfig();

    /** Whether the host asked the running job to stop early (e.g. the node is shutting down). */
    boolean isCancellationRequested();
}
