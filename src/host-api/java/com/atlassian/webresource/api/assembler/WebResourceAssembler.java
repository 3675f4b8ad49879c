package com.atlassian.webresource.api.assembler;

/** Host-API declaration (webresource API, compile-only). */
public interface WebResourceAssembler {
    AssembledResources assembled();
    RequiredResources resources();
    RequiredData data();
    WebResourceAssembler copy();
}
