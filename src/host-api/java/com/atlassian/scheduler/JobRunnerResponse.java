package com.atlassian.scheduler;

import java.util.Objects;

/** Host-API declaration (atlassian-scheduler, compile-only): how a run ended, as shown in the host's job history. */
public final class JobRunnerResponse {
    /** The outcomes the host distinguishes. */
    public enum Outcome { SUCCESS, ABORTED, FAILED }

    private final Outcome outcome;
    private final String message;

    private JobRunnerResponse(Outcome outcome, String message) {
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.message = message;
    }

    public static JobRunnerResponse success() {
        return new JobRunnerResponse(Outcome.SUCCESS, null);
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(Outcome.SUCCESS, message);
    }

    public static JobRunnerResponse aborted(String message) {
        return new JobRunnerResponse(Outcome.ABORTED, message);
    }

    public static JobRunnerResponse failed(String message) {
        return new JobRunnerResponse(Outcome.FAILED, message);
    }

    public static JobRunnerResponse failed(Throwable cause) {
        return new JobRunnerResponse(Outcome.FAILED, String.valueOf(cause));
    }

    public Outcome getRunOutcome() {
        return outcome;
    }

    public String getMessage() {
        return message;
    }
}
