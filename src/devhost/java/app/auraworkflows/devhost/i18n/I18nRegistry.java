package app.auraworkflows.devhost.i18n;

import app.auraworkflows.devhost.plugin.PluginDescriptor;
import app.auraworkflows.devhost.plugin.PluginLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Confluence's i18n text source: the {@code <resource type="i18n">} bundles of every installed plugin
 * (read from the JAR, UTF-8 with ISO-8859-1 fallback like Java's {@link PropertyResourceBundle}).
 * Texts are always run through {@link MessageFormat}, as Confluence does, so a literal apostrophe
 * must be written {@code ''} in the properties file. A missing key renders as the key itself.
 */
public final class I18nRegistry {

    private final List<Map<String, String>> bundles = new CopyOnWriteArrayList<>();

    /** Registers the i18n resources of a plugin (called by the plugin loader). */
    public void register(PluginLoader.PluginArchiveBundle plugin) {
        for (PluginDescriptor.Resource r : plugin.descriptor().i18nResources()) {
            String location = r.location().endsWith(".properties") ? r.location() : r.location().replace('.', '/') + ".properties";
            byte[] bytes = plugin.archive().read(location).or(() -> plugin.archive().read(r.location() + ".properties"))
                    .orElseThrow(() -> new app.auraworkflows.devhost.plugin.PluginLoadException(
                            "i18n resource " + r.location() + " not found in the plugin JAR (" + location + ")"));
            bundles.add(parse(bytes));
        }
    }

    public void register(Map<String, String> texts) {
        bundles.add(Map.copyOf(texts));
    }

    public String raw(String key) {
        for (Map<String, String> b : bundles) {
            String v = b.get(key);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    public String text(String key, Object... args) {
        String raw = raw(key);
        if (raw == null) {
            return key;
        }
        return new MessageFormat(raw, Locale.ENGLISH).format(args == null ? new Object[0] : args);
    }

    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> out = new TreeMap<>();
        for (int i = bundles.size() - 1; i >= 0; i--) {
            bundles.get(i).forEach((k, v) -> {
                if (k.startsWith(prefix)) {
                    out.put(k, v);
                }
            });
        }
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, String> parse(byte[] bytes) {
        try {
            PropertyResourceBundle bundle = new PropertyResourceBundle(new ByteArrayInputStream(bytes));
            Map<String, String> map = new TreeMap<>();
            for (String k : bundle.keySet()) {
                map.put(k, bundle.getString(k));
            }
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
