package com.atlassian.webresource.api.assembler;

/** Host-API declaration (webresource API, compile-only); only referenced as a return type. */
public interface RequiredData {
}
