package app.auraworkflows.devhost.web;

import app.auraworkflows.devhost.i18n.I18nRegistry;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Confluence's {@code jsI18n} web-resource transformer: replaces {@code AJS.I18n.getText('key')} /
 * {@code WRM.I18n.getText("key")} in served JavaScript with the text as a JS string literal, and calls
 * with arguments with {@code AJS.format('text', args...)}. Applied to {@code .js} downloads of
 * web-resources that declare {@code <transformation extension="js"><transformer key="jsI18n"/>}.
 */
final class JsI18nTransformer {

    private static final Pattern CALL = Pattern.compile(
            "(?:AJS|WRM)\\.I18n\\.getText\\(\\s*(['\"])([\\w.\\-]+)\\1\\s*(\\)|,)");

    private JsI18nTransformer() {
    }

    static String transform(String js, I18nRegistry i18n) {
        Matcher m = CALL.matcher(js);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String raw = i18n.raw(m.group(2));
            String literal = jsString(raw == null ? m.group(2) : raw);
            String replacement = ")".equals(m.group(3))
                    ? jsString(raw == null ? m.group(2) : new java.text.MessageFormat(raw).format(new Object[0]))
                    : "AJS.format(" + literal + ",";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String jsString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '<' -> b.append("\\u003c"); // never close a surrounding <script>
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
