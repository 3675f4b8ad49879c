package com.atlassian.scheduler.config;

import java.util.Date;

/** Host-API declaration (atlassian-scheduler, compile-only): the settings of an interval schedule. */
public final class IntervalScheduleInfo {
    private final Date firstRunTime;
    private final long intervalInMillis;

    public IntervalScheduleInfo(Date firstRunTime, long intervalInMillis) {
        if (intervalInMillis < 0) {
            throw new IllegalArgumentException("intervalInMillis must not be negative: " + intervalInMillis);
        }
        this.firstRunTime = firstRunTime == null ? null : new Date(firstRunTime.getTime());
        this.intervalInMillis = intervalInMillis;
    }

    /** The first run, or null for "now". */
    public Date getFirstRunTime() {
        return firstRunTime == null ? null : new Date(firstRunTime.getTime());
    }

    /** The time between runs; 0 runs the job once. */
    public long getIntervalInMillis() {
        return intervalInMillis;
    }
}
