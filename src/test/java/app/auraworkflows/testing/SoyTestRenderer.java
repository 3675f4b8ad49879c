package app.auraworkflows.testing;

import com.google.common.collect.ImmutableSet;
import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.multibindings.Multibinder;
import com.google.template.soy.SoyFileSet;
import com.google.template.soy.SoyModule;
import com.google.template.soy.data.SoyValue;
import com.google.template.soy.data.restricted.StringData;
import com.google.template.soy.shared.restricted.SoyFunction;
import com.google.template.soy.shared.restricted.SoyJavaFunction;
import com.google.template.soy.tofu.SoyTofu;

import java.io.Serializable;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles the plugin's Soy templates with Google Closure Templates (the version the dev host uses) and
 * a getText(key, args...) function over the real i18n bundle, the way Atlassian's renderer provides it.
 */
public final class SoyTestRenderer {
    private final SoyTofu tofu;

    public SoyTestRenderer(String... templateResources) {
        BundleI18nResolver i18n = new BundleI18nResolver();
        Injector injector = Guice.createInjector(new SoyModule(), new AbstractModule() {
            @Override
            protected void configure() {
                Multibinder.newSetBinder(binder(), SoyFunction.class).addBinding().toInstance(new GetText(i18n));
            }
        });
        SoyFileSet.Builder builder = injector.getInstance(SoyFileSet.Builder.class);
        for (String resource : templateResources) {
            URL url = SoyTestRenderer.class.getResource(resource);
            if (url == null) {
                throw new IllegalStateException("template not on the classpath: " + resource);
            }
            builder.add(url);
        }
        this.tofu = builder.build().compileToTofu();
    }

    public String render(String templateName, Map<String, ?> data) {
        return tofu.newRenderer(templateName).setData(data).render();
    }

    /** getText('key', args...) over the bundle. */
    static final class GetText implements SoyJavaFunction {
        private final BundleI18nResolver i18n;

        GetText(BundleI18nResolver i18n) {
            this.i18n = i18n;
        }

        @Override
        public String getName() {
            return "getText";
        }

        @Override
        public Set<Integer> getValidArgsSizes() {
            return ImmutableSet.of(1, 2, 3, 4, 5);
        }

        @Override
        public SoyValue computeForJava(List<SoyValue> args) {
            String key = args.get(0).coerceToString();
            Serializable[] rest = new Serializable[args.size() - 1];
            for (int i = 1; i < args.size(); i++) {
                rest[i - 1] = args.get(i).coerceToString();
            }
            return StringData.forValue(i18n.getText(key, rest));
        }
    }
}
