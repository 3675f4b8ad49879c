package com.atlassian.scheduler.config;

import java.util.Objects;

/**
 * Host-API declaration (atlassian-scheduler, compile-only): which runner a job uses, how it runs in a cluster and
 * when. Immutable; each {@code with…} returns a copy. The defaults are those of atlassian-scheduler:
 * {@link RunMode#RUN_ONCE_PER_CLUSTER} and a single run now.
 */
public final class JobConfig {
    private final JobRunnerKey jobRunnerKey;
    private final RunMode runMode;
    private final Schedule schedule;

    private JobConfig(JobRunnerKey jobRunnerKey, RunMode runMode, Schedule schedule) {
        this.jobRunnerKey = Objects.requireNonNull(jobRunnerKey, "jobRunnerKey");
        this.runMode = Objects.requireNonNull(runMode, "runMode");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        return new JobConfig(jobRunnerKey, RunMode.RUN_ONCE_PER_CLUSTER, Schedule.forInterval(0, null));
    }

    public JobConfig withRunMode(RunMode runMode) {
        return new JobConfig(jobRunnerKey, runMode, schedule);
    }

    public JobConfig withSchedule(Schedule schedule) {
        return new JobConfig(jobRunnerKey, runMode, schedule);
    }

    public JobRunnerKey getJobRunnerKey() {
        return jobRunnerKey;
    }

    public RunMode getRunMode() {
        return runMode;
    }

    public Schedule getSchedule() {
        return schedule;
    }
}
