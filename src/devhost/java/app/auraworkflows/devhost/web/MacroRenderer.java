package app.auraworkflows.devhost.web;

import app.auraworkflows.devhost.plugin.InstalledPlugins;
import app.auraworkflows.devhost.plugin.LoadedPlugin;
import app.auraworkflows.devhost.plugin.PluginDescriptor;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders the macros of a storage-format body on page view, as Confluence's storage-to-view conversion does:
 * each {@code <ac:structured-macro ac:name="X">} (with its {@code <ac:parameter>}s and plain-text or rich-text
 * body) is replaced by the output of the enabled {@code <xhtml-macro name="X">} of an installed plugin. The
 * macro instance is created through the plugin ({@link LoadedPlugin#instantiate}, constructor injection) and
 * {@code execute} runs with the plugin's class loader and a {@link ConversionContext} whose entity is the page.
 *
 * <p>Confluence's own panel macros ({@code info}, {@code note}, {@code warning}, {@code tip}) render as simple
 * panels. Any other name no enabled macro has renders Confluence's "Unknown macro" placeholder; a macro
 * that throws renders an error box, so one macro never breaks the page. Harness limits: macros nested inside another macro's body
 * are not rendered separately, and the body of a rich-text macro is passed as stored.
 */
public final class MacroRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(MacroRenderer.class);
    private static final Pattern MACRO = Pattern.compile(
            "(?s)<ac:structured-macro\\b([^>]*?)(?:/>|>(.*?)</ac:structured-macro>)");
    private static final Pattern NAME = Pattern.compile("\\bac:name\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern PARAMETER = Pattern.compile(
            "(?s)<ac:parameter\\b[^>]*?\\bac:name\\s*=\\s*\"([^\"]*)\"[^>]*>(.*?)</ac:parameter>");
    private static final Pattern PLAIN_BODY = Pattern.compile(
            "(?s)<ac:plain-text-body>\\s*<!\\[CDATA\\[(.*?)]]>\\s*</ac:plain-text-body>");
    private static final Pattern RICH_BODY = Pattern.compile("(?s)<ac:rich-text-body>(.*?)</ac:rich-text-body>");

    /**
     * Confluence's own panel macros (every instance has them; the demo pages use them), by name, with the CSS
     * suffix Confluence gives their output. The body was cleaned with the rest of the stored body.
     */
    private static final Map<String, String> PANELS = Map.of("info", "information", "note", "note",
            "warning", "warning", "tip", "tip");

    private final InstalledPlugins plugins;

    public MacroRenderer(InstalledPlugins plugins) {
        this.plugins = plugins;
    }

    /** The page's entity as the macros see it ({@code ConversionContext.getEntity()}). */
    private record PageConversionContext(ContentEntityObject entity) implements ConversionContext {
        @Override
        public ContentEntityObject getEntity() {
            return entity;
        }
    }

    /** {@code html} with every structured macro replaced by its output. */
    public String render(String html, ContentEntityObject entity) {
        if (html == null || !html.contains("<ac:structured-macro")) {
            return html;
        }
        Matcher m = MACRO.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Matcher name = NAME.matcher(m.group(1));
            String macroName = name.find() ? unescape(name.group(1)) : "";
            m.appendReplacement(out, Matcher.quoteReplacement(renderOne(macroName, m.group(2), entity)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String renderOne(String name, String inner, ContentEntityObject entity) {
        record Found(LoadedPlugin plugin, PluginDescriptor.XhtmlMacro module) {
        }
        Optional<Found> found = plugins.all().stream()
                .flatMap(p -> p.descriptor().xhtmlMacros().stream().map(x -> new Found(p, x)))
                .filter(f -> f.module().name().equals(name))
                .findFirst();
        if (found.isEmpty() && PANELS.containsKey(name)) {
            Matcher rich = RICH_BODY.matcher(inner == null ? "" : inner);
            return "<div class=\"confluence-information-macro confluence-information-macro-" + PANELS.get(name)
                    + "\"><div class=\"confluence-information-macro-body\">" + (rich.find() ? rich.group(1) : "")
                    + "</div></div>";
        }
        if (found.isEmpty()) {
            return "<div class=\"error\"><span class=\"error\">Unknown macro: {" + escape(name) + "}</span></div>";
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        String body = "";
        if (inner != null) {
            Matcher p = PARAMETER.matcher(inner);
            while (p.find()) {
                parameters.put(unescape(p.group(1)), unescape(p.group(2)));
            }
            Matcher plain = PLAIN_BODY.matcher(inner);
            Matcher rich = RICH_BODY.matcher(inner);
            body = plain.find() ? plain.group(1) : rich.find() ? rich.group(1) : "";
        }
        LoadedPlugin plugin = found.get().plugin();
        String finalBody = body;
        try {
            return plugin.callInPlugin(() -> {
                Macro macro = (Macro) plugin.instantiate(plugin.loadClass(found.get().module().className()));
                String output = macro.execute(parameters, finalBody, new PageConversionContext(entity));
                return output == null ? "" : output;
            });
        } catch (RuntimeException e) {
            LOG.error("Macro {} ({}) failed", name, found.get().module().key(), e);
            return "<div class=\"error\"><span class=\"error\">Error rendering macro '" + escape(name) + "'</span></div>";
        }
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
