package com.atlassian.scheduler.config;

/** Host-API declaration (atlassian-scheduler, compile-only): where a job's runs happen. */
public enum RunMode {
    /** Each run happens on one node of the cluster; the schedule is kept in the database. */
    RUN_ONCE_PER_CLUSTER,
    /** Each node runs the job itself; the schedule lives in that node's memory. */
    RUN_LOCALLY
}
