package com.atlassian.soy.renderer;

/** Host-API declaration (soy-template-renderer, compile-only). */
public class SoyException extends RuntimeException {
    public SoyException(String message) { super(message); }
    public SoyException(String message, Throwable cause) { super(message, cause); }
    public SoyException(Throwable cause) { super(cause); }
}
