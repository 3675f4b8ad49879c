package com.atlassian.webresource.api.assembler.resource;

/** Host-API declaration (webresource API, compile-only). */
public enum ResourcePhase {
    INLINE, REQUIRE, DEFER, INTERACTION
}
