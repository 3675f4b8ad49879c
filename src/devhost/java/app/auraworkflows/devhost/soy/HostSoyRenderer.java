package app.auraworkflows.devhost.soy;

import app.auraworkflows.devhost.HostUrls;
import app.auraworkflows.devhost.i18n.I18nRegistry;
import com.atlassian.soy.renderer.SoyException;
import com.atlassian.soy.renderer.SoyTemplateRenderer;
import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.multibindings.Multibinder;
import com.google.template.soy.SoyFileSet;
import com.google.template.soy.SoyModule;
import com.google.template.soy.shared.restricted.SoyFunction;
import com.google.template.soy.tofu.SoyTofu;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link SoyTemplateRenderer} on Google Closure Templates 2016-08-25 (Tofu), the Soy generation whose
 * SoyDoc {@code @param} dialect Confluence's server-side renderer accepts. Each
 * {@code "pluginKey:webResourceKey"} module is compiled once (with its dependencies' soy files) and
 * cached. The Atlassian soy functions {@code getText(...)} and {@code contextPath()} are bound into
 * Soy's Guice module through a {@code Multibinder<SoyFunction>}.
 */
public final class HostSoyRenderer implements SoyTemplateRenderer {

    private final Injector injector;
    private final SoySourceProvider sources;
    private final Map<String, SoyTofu> compiled = new ConcurrentHashMap<>();

    public HostSoyRenderer(I18nRegistry i18n, HostUrls urls, SoySourceProvider sources) {
        this.sources = sources;
        GetTextFunction getText = new GetTextFunction(i18n);
        ContextPathFunction contextPath = new ContextPathFunction(urls.contextPath());
        this.injector = Guice.createInjector(new SoyModule(), new AbstractModule() {
            @Override
            protected void configure() {
                Multibinder<SoyFunction> functions = Multibinder.newSetBinder(binder(), SoyFunction.class);
                functions.addBinding().toInstance(getText);
                functions.addBinding().toInstance(contextPath);
            }
        });
    }

    @Override
    public void clearAllCaches() {
        compiled.clear();
    }

    @Override
    public void clearCache(String completeModuleKey) {
        compiled.remove(completeModuleKey);
    }

    @Override
    public String render(String completeModuleKey, String templateName, Map<String, Object> data) throws SoyException {
        StringBuilder out = new StringBuilder();
        render(out, completeModuleKey, templateName, data, Map.of());
        return out.toString();
    }

    @Override
    public void render(Appendable appendable, String completeModuleKey, String templateName, Map<String, Object> data)
            throws SoyException {
        render(appendable, completeModuleKey, templateName, data, Map.of());
    }

    @Override
    public void render(Appendable appendable, String completeModuleKey, String templateName, Map<String, Object> data,
            Map<String, Object> injectedData) throws SoyException {
        SoyTofu tofu = compiled.computeIfAbsent(completeModuleKey, this::compile);
        try {
            tofu.newRenderer(templateName)
                    .setData(SoyValues.convertMap(data))
                    .setIjData(SoyValues.convertMap(injectedData))
                    .render(appendable);
        } catch (SoyException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SoyException("Rendering " + templateName + " of " + completeModuleKey + " failed: " + e.getMessage(), e);
        }
    }

    private SoyTofu compile(String completeModuleKey) {
        List<SoySourceProvider.SoySource> files = sources.sources(completeModuleKey);
        if (files.isEmpty()) {
            throw new SoyException("No soy templates for module " + completeModuleKey
                    + " (a <web-resource> with <resource type=\"soy\"> is needed)");
        }
        SoyFileSet.Builder builder = injector.getInstance(SoyFileSet.Builder.class);
        for (SoySourceProvider.SoySource f : files) {
            builder.add(f.content(), f.name());
        }
        try {
            return builder.build().compileToTofu();
        } catch (RuntimeException e) {
            throw new SoyException("Soy compilation of " + completeModuleKey + " failed: " + e.getMessage(), e);
        }
    }
}
