package app.auraworkflows.devhost.sal;

import app.auraworkflows.devhost.i18n.I18nRegistry;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.Message;
import com.atlassian.sal.api.message.MessageCollection;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SAL {@link I18nResolver} over the plugins' i18n bundles; one locale (English), like a fresh
 * Confluence. {@link #getText(String, Serializable...)} formats with MessageFormat.
 */
public final class DevI18nResolver implements I18nResolver {

    private final I18nRegistry registry;

    public DevI18nResolver(I18nRegistry registry) {
        this.registry = registry;
    }

    @Override public String getRawText(String key) { String raw = registry.raw(key); return raw == null ? key : raw; }
    @Override public String getRawText(Locale locale, String key) { return getRawText(key); }
    @Override public String getText(String key, Serializable... arguments) { return registry.text(key, (Object[]) arguments); }
    @Override public String getText(Locale locale, String key, Serializable... arguments) { return getText(key, arguments); }
    @Override public String getText(String key) { return registry.text(key); }
    @Override public String getText(Locale locale, String key) { return getText(key); }

    @Override
    public String getText(Message message) {
        if (message instanceof HostMessage m) {
            return getText(m.key(), m.arguments());
        }
        return String.valueOf(message);
    }

    @Override public String getText(Locale locale, Message message) { return getText(message); }
    @Override public Message createMessage(String key, Serializable... arguments) { return new HostMessage(key, arguments); }
    @Override public MessageCollection createMessageCollection() { return new HostMessageCollection(); }
    @Override public Map<String, String> getAllTranslationsForPrefix(String prefix) { return registry.withPrefix(prefix); }
    @Override public Map<String, String> getAllTranslationsForPrefix(String prefix, Locale locale) { return registry.withPrefix(prefix); }

    /** A message key with arguments. */
    public record HostMessage(String key, Serializable[] arguments) implements Message {
        @Override
        public String toString() {
            return key;
        }
    }

    /** A list of messages (the host-api declares no methods on it yet). */
    public static final class HostMessageCollection implements MessageCollection {
        private final List<Message> messages = new ArrayList<>();

        public List<Message> messages() {
            return messages;
        }
    }
}
