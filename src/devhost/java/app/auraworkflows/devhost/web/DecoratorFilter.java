package app.auraworkflows.devhost.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Confluence's SiteMesh decoration for plugin servlets: a {@code text/html} response that is a full
 * document with {@code <meta name="decorator" content="atl.admin">} (admin sidebar) or
 * {@code atl.general} is re-rendered inside the host chrome (title, head extras and body kept; body
 * class added to the chrome's body). Anything else (JSON, PNG, redirects, errors, HTML without the meta,
 * or {@code content="none"}) passes through untouched.
 */
public final class DecoratorFilter implements Filter {

    private static final Set<String> GENERAL = Set.of("atl.general", "main", "atl.userprofile");
    private static final Logger LOG = LoggerFactory.getLogger(DecoratorFilter.class);

    private final Chrome chrome;

    public DecoratorFilter(Chrome chrome) {
        this.chrome = chrome;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        BufferedResponse buffered = new BufferedResponse(response);
        chain.doFilter(request, buffered);
        if (buffered.passedThrough()) {
            return;
        }
        byte[] bytes = buffered.bytes();
        String type = buffered.getContentType();
        Optional<HtmlPage> page = type != null && type.toLowerCase().startsWith("text/html")
                ? HtmlPage.parse(new String(bytes, buffered.charset())) : Optional.empty();
        if (page.isEmpty() || "none".equals(page.get().decorator())) {
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
            return;
        }
        HtmlPage p = page.get();
        String decorator = p.decorator();
        if (!"atl.admin".equals(decorator) && !GENERAL.contains(decorator)) {
            LOG.warn("Unknown decorator '{}' on {}: using atl.general", decorator, request.getRequestURI());
            decorator = "atl.general";
        } else if (GENERAL.contains(decorator)) {
            decorator = "atl.general";
        }
        chrome.write(request, response, new Chrome.Content(decorator, p.title(), p.headExtras(), p.body(), p.bodyClass(),
                p.metas()));
    }
}
