package app.auraworkflows.devhost.soy;

import java.util.List;

/**
 * Where the soy files of a {@code "pluginKey:webResourceKey"} module come from: the web-resource's
 * {@code type="soy"} resources and those of its dependencies, read from the plugin JAR (or from the
 * dev host's own classpath for its chrome templates).
 */
@FunctionalInterface
public interface SoySourceProvider {

    /** A soy file: a name for error messages and its content. */
    record SoySource(String name, String content) {
    }

    /** The soy files for the module, or an empty list when the module is unknown. */
    List<SoySource> sources(String completeModuleKey);
}
