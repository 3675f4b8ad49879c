package app.auraworkflows.devhost.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a servlet's full HTML document the decorator needs, found the way SiteMesh does for
 * Confluence: {@code <title>}, the {@code <meta name="decorator">} and other named metas, the rest of
 * {@code <head>}, the {@code <body>} contents and class, and SiteMesh content blocks
 * ({@code <content tag="selectedWebItem">key</content>}, which Confluence's admin decorator reads to
 * highlight the sidebar item), kept in {@code metas} as {@code page.<tag>} like SiteMesh's page
 * properties and removed from the output. Regex-based: the plugin's pages are well-formed templates,
 * not arbitrary HTML.
 */
record HtmlPage(String decorator, String title, String headExtras, String body, String bodyClass,
        Map<String, String> metas) {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
    private static final Pattern HEAD = Pattern.compile("<head\\b[^>]*>(.*?)</head>", FLAGS);
    private static final Pattern TITLE = Pattern.compile("<title\\b[^>]*>(.*?)</title>", FLAGS);
    private static final Pattern META = Pattern.compile("<meta\\b([^>]*)>", FLAGS);
    private static final Pattern BODY = Pattern.compile("<body\\b([^>]*)>(.*)</body>", FLAGS);
    private static final Pattern CONTENT_TAG = Pattern.compile("<content\\s+tag\\s*=\\s*\"([\\w.-]+)\"\\s*>(.*?)</content>", FLAGS);
    private static final Pattern ATTR = Pattern.compile("([\\w:.-]+)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')", FLAGS);

    /** The page, when the document asks for decoration. */
    static Optional<HtmlPage> parse(String document) {
        Map<String, String> contentTags = new LinkedHashMap<>();
        Matcher tag = CONTENT_TAG.matcher(document);
        StringBuilder rest = new StringBuilder();
        while (tag.find()) {
            contentTags.put("page." + tag.group(1), tag.group(2).trim());
            tag.appendReplacement(rest, "");
        }
        tag.appendTail(rest);
        String html = rest.toString();
        Matcher head = HEAD.matcher(html);
        if (!head.find()) {
            return Optional.empty();
        }
        String headHtml = head.group(1);
        Map<String, String> metas = new LinkedHashMap<>();
        Matcher meta = META.matcher(headHtml);
        StringBuilder extras = new StringBuilder();
        int last = 0;
        while (meta.find()) {
            Map<String, String> attrs = attributes(meta.group(1));
            String name = attrs.get("name");
            if (name != null) {
                metas.put(name, attrs.getOrDefault("content", ""));
            }
            extras.append(headHtml, last, meta.start());
            boolean drop = "decorator".equalsIgnoreCase(name) || attrs.containsKey("charset")
                    || "viewport".equalsIgnoreCase(name);
            if (!drop) {
                extras.append(meta.group());
            }
            last = meta.end();
        }
        extras.append(headHtml.substring(last));
        metas.putAll(contentTags);
        String decorator = metas.get("decorator");
        if (decorator == null) {
            return Optional.empty();
        }
        Matcher title = TITLE.matcher(extras);
        String titleText = "";
        String headExtras = extras.toString();
        if (title.find()) {
            titleText = title.group(1).trim();
            headExtras = headExtras.substring(0, title.start()) + headExtras.substring(title.end());
        }
        Matcher body = BODY.matcher(html);
        String bodyHtml = "";
        String bodyClass = null;
        if (body.find()) {
            bodyHtml = body.group(2);
            bodyClass = attributes(body.group(1)).get("class");
        }
        return Optional.of(new HtmlPage(decorator, unescape(titleText), headExtras.trim(), bodyHtml, bodyClass, metas));
    }

    private static Map<String, String> attributes(String s) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ATTR.matcher(s);
        while (m.find()) {
            out.put(m.group(1).toLowerCase(), m.group(3) != null ? m.group(3) : m.group(4));
        }
        return out;
    }

    /** The title is re-escaped by the chrome template, so decode the entities the page used. */
    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#039;", "'").replace("&amp;", "&");
    }
}
