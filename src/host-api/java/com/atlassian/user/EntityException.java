package com.atlassian.user;

/** Host-API declaration (atlassian-user, compile-only). */
public class EntityException extends Exception {
    public EntityException() { super(); }
    public EntityException(String message) { super(message); }
    public EntityException(Throwable cause) { super(cause); }
    public EntityException(String message, Throwable cause) { super(message, cause); }
}
