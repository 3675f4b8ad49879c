package app.auraworkflows.devhost.plugin;

import app.auraworkflows.devhost.plugin.PluginDescriptor.AoModule;
import app.auraworkflows.devhost.plugin.PluginDescriptor.PluginInfo;
import app.auraworkflows.devhost.plugin.PluginDescriptor.Resource;
import app.auraworkflows.devhost.plugin.PluginDescriptor.RestModule;
import app.auraworkflows.devhost.plugin.PluginDescriptor.ServletModule;
import app.auraworkflows.devhost.plugin.PluginDescriptor.WebItem;
import app.auraworkflows.devhost.plugin.PluginDescriptor.WebPanel;
import app.auraworkflows.devhost.plugin.PluginDescriptor.WebResource;
import app.auraworkflows.devhost.plugin.PluginDescriptor.WebSection;
import app.auraworkflows.devhost.plugin.PluginDescriptor.XhtmlMacro;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Parses {@code atlassian-plugin.xml} into a {@link PluginDescriptor}, following the element and
 * attribute names of the Atlassian plugin framework. Module elements the dev host does not run are
 * listed in {@link PluginDescriptor#unsupportedModules()} (logged at startup) rather than failing.
 */
public final class DescriptorParser {

    private DescriptorParser() {
    }

    public static PluginDescriptor parse(byte[] xml) {
        Element root;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            // descriptor files are trusted build output, but a harness should not resolve entities either
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder b = f.newDocumentBuilder();
            root = b.parse(new ByteArrayInputStream(xml)).getDocumentElement();
        } catch (Exception e) {
            throw new PluginLoadException("atlassian-plugin.xml is not well-formed XML: " + e.getMessage(), e);
        }
        if (!"atlassian-plugin".equals(root.getTagName())) {
            throw new PluginLoadException("atlassian-plugin.xml root element must be <atlassian-plugin>");
        }
        String key = root.getAttribute("key");
        if (key.isBlank() || key.contains("${")) {
            throw new PluginLoadException("atlassian-plugin.xml has no resolved plugin key (key=\"" + key
                    + "\"): enable resource filtering for ${atlassian.plugin.key}");
        }
        PluginInfo info = new PluginInfo("0", null, null, null, Map.of());
        List<Resource> resources = new ArrayList<>();
        List<ServletModule> servlets = new ArrayList<>();
        List<RestModule> rest = new ArrayList<>();
        List<WebSection> sections = new ArrayList<>();
        List<WebItem> items = new ArrayList<>();
        List<WebResource> webResources = new ArrayList<>();
        List<WebPanel> panels = new ArrayList<>();
        List<AoModule> ao = new ArrayList<>();
        List<XhtmlMacro> macros = new ArrayList<>();
        List<String> unsupported = new ArrayList<>();
        for (Element e : children(root)) {
            switch (e.getTagName()) {
                case "plugin-info" -> info = pluginInfo(e);
                case "resource" -> resources.add(resource(e));
                case "servlet" -> servlets.add(new ServletModule(req(e, "key"), e.getAttribute("name"), req(e, "class"),
                        texts(e, "url-pattern"), initParams(e)));
                case "rest" -> rest.add(new RestModule(req(e, "key"), trimSlashes(req(e, "path")), req(e, "version"),
                        texts(e, "package")));
                case "web-section" -> sections.add(new WebSection(req(e, "key"), req(e, "location"), weight(e),
                        labelKey(e), condition(e)));
                case "web-item" -> items.add(webItem(e));
                case "web-resource" -> webResources.add(webResource(e));
                case "web-panel" -> panels.add(webPanel(e));
                case "ao" -> ao.add(new AoModule(e.getAttribute("key"), attrOr(e, "namespace", null),
                        texts(e, "entity"), texts(e, "upgradeTask")));
                case "xhtml-macro" -> macros.add(new XhtmlMacro(req(e, "key"), req(e, "name"), req(e, "class")));
                default -> unsupported.add(e.getTagName() + (e.hasAttribute("key") ? " key=" + e.getAttribute("key") : ""));
            }
        }
        return new PluginDescriptor(key, root.getAttribute("name"), info, resources, servlets, rest, sections, items,
                webResources, panels, ao, macros, unsupported);
    }

    private static PluginInfo pluginInfo(Element e) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Element p : children(e, "param")) {
            params.put(p.getAttribute("name"), p.getTextContent().trim());
        }
        Element vendor = first(e, "vendor");
        return new PluginInfo(text(e, "version"), vendor == null ? null : vendor.getAttribute("name"),
                vendor == null ? null : vendor.getAttribute("url"), text(e, "description"), params);
    }

    private static WebItem webItem(Element e) {
        Element link = first(e, "link");
        Element tooltip = first(e, "tooltip");
        return new WebItem(req(e, "key"), req(e, "section"), weight(e), labelKey(e),
                link == null ? null : link.getTextContent().trim(),
                link == null || !link.hasAttribute("linkId") ? null : link.getAttribute("linkId"),
                text(e, "styleClass"), tooltip == null ? null : tooltip.getAttribute("key"), condition(e));
    }

    private static WebResource webResource(Element e) {
        List<Resource> resources = new ArrayList<>();
        for (Element r : children(e, "resource")) {
            resources.add(resource(r));
        }
        Map<String, List<String>> transformers = new LinkedHashMap<>();
        for (Element t : children(e, "transformation")) {
            List<String> keys = new ArrayList<>();
            for (Element tr : children(t, "transformer")) {
                keys.add(tr.getAttribute("key"));
            }
            transformers.put(t.getAttribute("extension"), keys);
        }
        return new WebResource(req(e, "key"), resources, texts(e, "dependency"), texts(e, "context"), transformers);
    }

    private static WebPanel webPanel(Element e) {
        Element view = first(e, "resource");
        return new WebPanel(req(e, "key"), req(e, "location"), weight(e), view == null ? null : resource(view),
                attrOr(e, "class", null), condition(e));
    }

    private static Resource resource(Element e) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Element p : children(e, "param")) {
            params.put(p.getAttribute("name"), p.hasAttribute("value") ? p.getAttribute("value") : p.getTextContent().trim());
        }
        return new Resource(e.getAttribute("type"), e.getAttribute("name"), e.getAttribute("location"), params);
    }

    /** The single condition child of a module (a {@code <condition>} or {@code <conditions>}), or null. */
    private static Condition condition(Element module) {
        List<Condition> found = new ArrayList<>();
        for (Element c : children(module)) {
            if ("condition".equals(c.getTagName()) || "conditions".equals(c.getTagName())) {
                found.add(conditionNode(c));
            }
        }
        if (found.isEmpty()) {
            return null;
        }
        return found.size() == 1 ? found.get(0) : new Condition.Composite(true, found, false);
    }

    private static Condition conditionNode(Element c) {
        boolean invert = "true".equalsIgnoreCase(c.getAttribute("invert"));
        if ("condition".equals(c.getTagName())) {
            return new Condition.Single(req(c, "class"), invert);
        }
        List<Condition> children = new ArrayList<>();
        for (Element child : children(c)) {
            children.add(conditionNode(child));
        }
        return new Condition.Composite(!"OR".equalsIgnoreCase(c.getAttribute("type")), children, invert);
    }

    private static String labelKey(Element e) {
        Element label = first(e, "label");
        return label == null ? null : label.getAttribute("key");
    }

    private static int weight(Element e) {
        String w = e.getAttribute("weight");
        return w.isBlank() ? 0 : Integer.parseInt(w.trim());
    }

    private static Map<String, String> initParams(Element e) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Element p : children(e, "init-param")) {
            params.put(text(p, "param-name"), text(p, "param-value"));
        }
        return params;
    }

    private static String trimSlashes(String s) {
        return s.replaceAll("^/+", "").replaceAll("/+$", "");
    }

    private static String req(Element e, String attr) {
        String v = e.getAttribute(attr);
        if (v.isBlank()) {
            throw new PluginLoadException("<" + e.getTagName() + "> without required attribute '" + attr + "'");
        }
        return v.trim();
    }

    private static String attrOr(Element e, String attr, String fallback) {
        return e.hasAttribute(attr) && !e.getAttribute(attr).isBlank() ? e.getAttribute(attr).trim() : fallback;
    }

    private static String text(Element e, String child) {
        Element c = first(e, child);
        return c == null ? null : c.getTextContent().trim();
    }

    private static List<String> texts(Element e, String child) {
        List<String> out = new ArrayList<>();
        for (Element c : children(e, child)) {
            out.add(c.getTextContent().trim());
        }
        return out;
    }

    private static Element first(Element e, String child) {
        List<Element> c = children(e, child);
        return c.isEmpty() ? null : c.get(0);
    }

    private static List<Element> children(Element e, String name) {
        return children(e).stream().filter(c -> c.getTagName().equals(name)).toList();
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el) {
                out.add(el);
            }
        }
        return out;
    }
}
