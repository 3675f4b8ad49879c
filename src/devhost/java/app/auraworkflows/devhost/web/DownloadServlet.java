package app.auraworkflows.devhost.web;

import app.auraworkflows.devhost.i18n.I18nRegistry;
import app.auraworkflows.devhost.plugin.InstalledPlugins;
import app.auraworkflows.devhost.plugin.LoadedPlugin;
import app.auraworkflows.devhost.plugin.PluginDescriptor;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * {@code /download/resources/<pluginKey>:<webResourceKey>/<name>} and, for plugin-level resources,
 * {@code /download/resources/<pluginKey>/<name>}: serves the {@code type="download"} resources the
 * descriptor declares, from the plugin JAR only (never arbitrary JAR entries such as classes). A
 * resource whose name ends in {@code /} is a directory: the rest of the URL is resolved under its
 * location. JavaScript of web-resources with the {@code jsI18n} transformer is transformed.
 */
public final class DownloadServlet extends HttpServlet {

    private final InstalledPlugins plugins;
    private final I18nRegistry i18n;

    public DownloadServlet(InstalledPlugins plugins, I18nRegistry i18n) {
        this.plugins = plugins;
        this.i18n = i18n;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null || path.length() < 2) {
            resp.sendError(404);
            return;
        }
        String[] parts = path.substring(1).split("/", 2);
        if (parts.length < 2 || !ContentTypes.safePath(parts[1])) {
            resp.sendError(404);
            return;
        }
        String moduleKey = parts[0];
        String name = parts[1];
        int colon = moduleKey.indexOf(':');
        String pluginKey = colon < 0 ? moduleKey : moduleKey.substring(0, colon);
        Optional<LoadedPlugin> plugin = plugins.byKey(pluginKey);
        if (plugin.isEmpty()) {
            resp.sendError(404);
            return;
        }
        List<PluginDescriptor.Resource> resources;
        PluginDescriptor.WebResource webResource = null;
        if (colon < 0) {
            resources = plugin.get().descriptor().resources();
        } else {
            Optional<PluginDescriptor.WebResource> wr = plugin.get().descriptor().webResource(moduleKey.substring(colon + 1));
            if (wr.isEmpty()) {
                resp.sendError(404);
                return;
            }
            webResource = wr.get();
            resources = webResource.resources();
        }
        Optional<String> location = locate(resources, name);
        Optional<byte[]> bytes = location.flatMap(l -> plugin.get().archive().read(l));
        if (bytes.isEmpty()) {
            resp.sendError(404);
            return;
        }
        byte[] body = bytes.get();
        if (webResource != null && name.endsWith(".js")
                && webResource.transformers().getOrDefault("js", List.of()).contains("jsI18n")) {
            body = JsI18nTransformer.transform(new String(body, StandardCharsets.UTF_8), i18n).getBytes(StandardCharsets.UTF_8);
        }
        resp.setContentType(ContentTypes.of(name));
        resp.setHeader("Cache-Control", "no-cache");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private static Optional<String> locate(List<PluginDescriptor.Resource> resources, String name) {
        for (PluginDescriptor.Resource r : resources) {
            if (!"download".equals(r.type())) {
                continue;
            }
            if (r.name().equals(name)) {
                return Optional.of(r.location());
            }
            if (r.name().endsWith("/") && name.startsWith(r.name())) {
                String dir = r.location().endsWith("/") ? r.location() : r.location() + "/";
                return Optional.of(dir + name.substring(r.name().length()));
            }
        }
        return Optional.empty();
    }
}
