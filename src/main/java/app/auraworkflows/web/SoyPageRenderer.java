package app.auraworkflows.web;

import com.atlassian.soy.renderer.SoyTemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.Map;

/**
 * Role: writes a full HTML page from one of our server-side Soy templates, after requiring the page's
 * web-resources so the host's decorator emits their {@code <script>}/{@code <link>} tags.
 */
@Component
public class SoyPageRenderer {
    private final SoyTemplateRenderer soyTemplateRenderer;
    private final PageBuilderService pageBuilderService;

    public SoyPageRenderer(SoyTemplateRenderer soyTemplateRenderer, PageBuilderService pageBuilderService) {
        this.soyTemplateRenderer = soyTemplateRenderer;
        this.pageBuilderService = pageBuilderService;
    }

    /**
     * Renders {@code templateName} with {@code model} (only strings, booleans, numbers, lists and maps:
     * every decision is already made in Java) and status {@code status}.
     */
    public void render(HttpServletResponse response, int status, String templateName, Map<String, Object> model,
                       String... webResourceKeys) throws IOException {
        for (String key : webResourceKeys) {
            pageBuilderService.assembler().resources().requireWebResource(key);
        }
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        soyTemplateRenderer.render(response.getWriter(), WebModules.SOY_TEMPLATES, templateName, model);
    }
}
