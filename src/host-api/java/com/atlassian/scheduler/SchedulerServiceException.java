package com.atlassian.scheduler;

/** Host-API declaration (atlassian-scheduler, compile-only): a job could not be scheduled. */
public class SchedulerServiceException extends Exception {
    private static final long serialVersionUID = 1L;

    public SchedulerServiceException(String message) {
        super(message);
    }

    public SchedulerServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
