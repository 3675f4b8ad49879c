package app.auraworkflows.devhost.sal;

import app.auraworkflows.devhost.http.CurrentRequest;
import app.auraworkflows.devhost.http.WebResourceCollector;
import com.atlassian.webresource.api.assembler.AssembledResources;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredData;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import com.atlassian.webresource.api.assembler.resource.ResourcePhase;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link PageBuilderService}: a per-request assembler. Servlets call
 * {@code assembler().resources().requireWebResource("plugin:key")}; the decorator then emits the
 * resources' tags in the page head. Phases are accepted and ignored (all resources load in the head).
 */
public final class DevPageBuilderService implements PageBuilderService {

    private static final Logger LOG = LoggerFactory.getLogger(DevPageBuilderService.class);

    @Override
    public WebResourceAssembler assembler() {
        return CurrentRequest.get().map(s -> (WebResourceAssembler) new Assembler(s.resources())).orElseGet(() -> {
            LOG.warn("PageBuilderService used outside a request: required resources will not be rendered");
            return new Assembler(new WebResourceCollector());
        });
    }

    @Override
    public void seed(WebResourceAssembler assembler) {
        // the request's collector is created by the host filter; seeding another assembler is not needed here
    }

    /** The assembler view of a request's collector. */
    static final class Assembler implements WebResourceAssembler, RequiredResources, RequiredData, AssembledResources {
        private final WebResourceCollector collector;

        Assembler(WebResourceCollector collector) {
            this.collector = collector;
        }

        @Override public AssembledResources assembled() { return this; }
        @Override public RequiredResources resources() { return this; }
        @Override public RequiredData data() { return this; }
        @Override public WebResourceAssembler copy() { return new Assembler(collector.copy()); }

        @Override public RequiredResources requireWebResource(String key) { collector.requireWebResource(key); return this; }
        @Override public RequiredResources requireWebResource(ResourcePhase phase, String key) { return requireWebResource(key); }
        @Override public RequiredResources requireModule(String name) { collector.requireWebResource(name); return this; }
        @Override public RequiredResources requireModule(ResourcePhase phase, String name) { return requireModule(name); }
        @Override public RequiredResources requireContext(String context) { collector.requireContext(context); return this; }
        @Override public RequiredResources requireContext(ResourcePhase phase, String context) { return requireContext(context); }
        @Override public RequiredResources exclude(Set<String> webResources, Set<String> contexts) { collector.exclude(webResources); return this; }
        @Override public RequiredResources requirePage(String key) { return this; }
        @Override public RequiredResources requirePage(ResourcePhase phase, String key) { return this; }
        @Override public RequiredResources excludeSuperbatch() { return this; }
        @Override public RequiredResources requireSuperbatch(ResourcePhase phase) { return this; }
    }
}
