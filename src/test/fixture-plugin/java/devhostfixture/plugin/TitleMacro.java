package devhostfixture.plugin;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.pages.AbstractPage;
import java.util.Map;

/**
 * An xhtml-macro: prints the title of the rendered page, its parameters and its body, so the tests can
 * check what the host passes to execute. Its constructor takes a plugin component (created through Spring).
 */
public class TitleMacro implements Macro {
    private final GreetingService greetings;

    public TitleMacro(GreetingService greetings) {
        this.greetings = greetings;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        AbstractPage page = (AbstractPage) context.getEntity();
        return "<span id=\"fixture-title-macro\" data-title=\"" + escape(page.getTitle()) + "\" data-colour=\""
                + escape(parameters.getOrDefault("colour", "")) + "\" data-body=\"" + escape(body) + "\" data-greeter=\""
                + (greetings != null) + "\"></span>";
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.PLAIN_TEXT;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.INLINE;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
