package com.atlassian.webresource.api.assembler;

/** Host-API declaration (webresource API, compile-only). */
public interface PageBuilderService {
    WebResourceAssembler assembler();
    void seed(WebResourceAssembler assembler);
}
