package app.auraworkflows.testing;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.Message;
import com.atlassian.sal.api.message.MessageCollection;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Test double of SAL's I18nResolver backed by the plugin's real bundle, so tests see the real texts and
 * fail on a missing key (like a MessageFormat-based host would show the key).
 */
public final class BundleI18nResolver implements I18nResolver {
    public static final String BUNDLE = "/i18n/aura-workflows.properties";

    private final Properties properties;

    public BundleI18nResolver() {
        this.properties = load();
    }

    public static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = BundleI18nResolver.class.getResourceAsStream(BUNDLE)) {
            if (in == null) {
                throw new IllegalStateException("bundle not on the classpath: " + BUNDLE);
            }
            properties.load(in); // ISO-8859-1, like the strictest host would read it
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        String pattern = properties.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("missing i18n key " + key);
        }
        return new MessageFormat(pattern, Locale.ENGLISH).format(arguments == null ? new Object[0] : arguments);
    }

    @Override
    public String getText(String key) {
        return getText(key, new Serializable[0]);
    }

    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        return getText(key, arguments);
    }

    @Override
    public String getText(Locale locale, String key) {
        return getText(key);
    }

    @Override
    public String getRawText(String key) {
        return properties.getProperty(key);
    }

    @Override
    public String getRawText(Locale locale, String key) {
        return getRawText(key);
    }

    @Override
    public String getText(Message message) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getText(Locale locale, Message message) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Message createMessage(String key, Serializable... arguments) {
        throw new UnsupportedOperationException();
    }

    @Override
    public MessageCollection createMessageCollection() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, String> getAllTranslationsForPrefix(String prefix) {
        Map<String, String> result = new TreeMap<>();
        properties.stringPropertyNames().stream().filter(k -> k.startsWith(prefix))
                .forEach(k -> result.put(k, properties.getProperty(k)));
        return result;
    }

    @Override
    public Map<String, String> getAllTranslationsForPrefix(String prefix, Locale locale) {
        return getAllTranslationsForPrefix(prefix);
    }
}
