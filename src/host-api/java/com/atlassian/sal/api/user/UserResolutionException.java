package com.atlassian.sal.api.user;

/** Host-API declaration (SAL 7, compile-only). */
public class UserResolutionException extends RuntimeException {
    public UserResolutionException(String message, Throwable cause) { super(message, cause); }
    public UserResolutionException(Throwable cause) { super(cause); }
    public UserResolutionException(String message) { super(message); }
}
