package com.atlassian.scheduler.config;

import java.util.Date;

/** Host-API declaration (atlassian-scheduler, compile-only): when a job runs. Only interval schedules are declared. */
public final class Schedule {
    private final IntervalScheduleInfo interval;

    private Schedule(IntervalScheduleInfo interval) {
        this.interval = interval;
    }

    /** Every {@code intervalInMillis} (0: once), first at {@code firstRunTime} (null: now). */
    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(new IntervalScheduleInfo(firstRunTime, intervalInMillis));
    }

    public IntervalScheduleInfo getIntervalScheduleInfo() {
        return interval;
    }
}
