package com.atlassian.sal.api.websudo;

/** Host-API declaration (SAL 7, compile-only). */
public class WebSudoSessionException extends RuntimeException {
    public WebSudoSessionException() { super(); }
    public WebSudoSessionException(String message) { super(message); }
    public WebSudoSessionException(String message, Throwable cause) { super(message, cause); }
}
