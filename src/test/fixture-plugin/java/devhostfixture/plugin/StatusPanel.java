package devhostfixture.plugin;

import java.util.Map;

/** A class web-panel (Confluence's WebPanel contract: getHtml(Map)). */
public class StatusPanel {
    private final GreetingService greetings;

    public StatusPanel(GreetingService greetings) {
        this.greetings = greetings;
    }

    public String getHtml(Map<String, Object> context) {
        return "<span id=\"fixture-class-panel\">page " + context.get("pageId") + "</span>";
    }
}
