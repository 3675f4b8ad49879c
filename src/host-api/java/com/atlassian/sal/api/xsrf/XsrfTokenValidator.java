package com.atlassian.sal.api.xsrf;

import jakarta.servlet.http.HttpServletRequest;

/** Host-API declaration (SAL 7, Jakarta, compile-only). */
public interface XsrfTokenValidator {
    boolean validateFormEncodedToken(HttpServletRequest request);
    String getXsrfParameterName();
}
