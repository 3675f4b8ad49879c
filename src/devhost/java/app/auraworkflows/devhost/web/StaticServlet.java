package app.auraworkflows.devhost.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * Serves the dev host's own static files from its classpath: {@code /devhost/static/aui/*} from
 * {@code devhost-aui/} (AUI and jQuery, unpacked from npm at build time) and
 * {@code /devhost/static/host/*} from {@code devhost/static/} (chrome CSS, fallback stylesheet/JS).
 * Cached for an hour: these files only change with a rebuild.
 */
public final class StaticServlet extends HttpServlet {

    /** Classpath folder of the unpacked AUI distribution. */
    public static final String AUI_ROOT = "devhost-aui/";
    private static final String HOST_ROOT = "devhost/static/";

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null) {
            resp.sendError(404);
            return;
        }
        String root;
        String rest;
        if (path.startsWith("/aui/")) {
            root = AUI_ROOT;
            rest = path.substring("/aui/".length());
        } else if (path.startsWith("/host/")) {
            root = HOST_ROOT;
            rest = path.substring("/host/".length());
        } else {
            resp.sendError(404);
            return;
        }
        if (!ContentTypes.safePath(rest) || rest.isEmpty()) {
            resp.sendError(404);
            return;
        }
        try (InputStream in = StaticServlet.class.getClassLoader().getResourceAsStream(root + rest)) {
            if (in == null) {
                resp.sendError(404);
                return;
            }
            byte[] bytes = in.readAllBytes();
            resp.setContentType(ContentTypes.of(rest));
            resp.setHeader("Cache-Control", "max-age=3600");
            resp.setHeader("X-Content-Type-Options", "nosniff");
            resp.setContentLength(bytes.length);
            resp.getOutputStream().write(bytes);
        }
    }

    /** True when the AUI distribution was unpacked onto the classpath by the build. */
    public static boolean auiAvailable() {
        return StaticServlet.class.getClassLoader().getResource(AUI_ROOT + "aui-prototyping.css") != null
                && StaticServlet.class.getClassLoader().getResource(AUI_ROOT + "jquery.min.js") != null;
    }
}
