package com.atlassian.scheduler;

/** Host-API declaration (atlassian-scheduler, compile-only): the code a scheduled job runs. */
public interface JobRunner {
    /** Runs the job once; a null answer counts as success. */
    JobRunnerResponse runJob(JobRunnerRequest request);
}
