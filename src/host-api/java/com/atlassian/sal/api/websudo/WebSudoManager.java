package com.atlassian.sal.api.websudo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Host-API declaration (SAL 7, Jakarta, compile-only): admin re-authentication ("secure administrator session"). */
public interface WebSudoManager {
    boolean canExecuteRequest(HttpServletRequest request);
    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);
    void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException;
}
