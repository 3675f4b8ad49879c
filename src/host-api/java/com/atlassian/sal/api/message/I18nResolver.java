package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/** Host-API declaration (SAL 7, compile-only). */
public interface I18nResolver {
    String getRawText(String key);
    String getRawText(Locale locale, String key);
    String getText(String key, Serializable... arguments);
    String getText(Locale locale, String key, Serializable... arguments);
    String getText(String key);
    String getText(Locale locale, String key);
    String getText(Message message);
    String getText(Locale locale, Message message);
    Message createMessage(String key, Serializable... arguments);
    MessageCollection createMessageCollection();
    Map<String, String> getAllTranslationsForPrefix(String prefix);
    Map<String, String> getAllTranslationsForPrefix(String prefix, Locale locale);
}
