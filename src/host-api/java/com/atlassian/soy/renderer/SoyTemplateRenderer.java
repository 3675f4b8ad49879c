package com.atlassian.soy.renderer;

import java.util.Map;

/** Host-API declaration (soy-template-renderer, compile-only). */
public interface SoyTemplateRenderer {
    void clearAllCaches();
    void clearCache(String completeModuleKey);
    String render(String completeModuleKey, String templateName, Map<String, Object> data) throws SoyException;
    void render(Appendable appendable, String completeModuleKey, String templateName, Map<String, Object> data) throws SoyException;
    void render(Appendable appendable, String completeModuleKey, String templateName, Map<String, Object> data,
            Map<String, Object> injectedData) throws SoyException;
}
