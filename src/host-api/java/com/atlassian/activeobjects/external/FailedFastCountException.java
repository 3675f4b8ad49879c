package com.atlassian.activeobjects.external;

/** Host-API declaration (Active Objects plugin, compile-only). */
public class FailedFastCountException extends Exception {
    public FailedFastCountException(Throwable cause) { super(cause); }
}
