package app.auraworkflows.devhost.soy;

import com.google.template.soy.data.SoyValue;
import com.google.template.soy.data.restricted.StringData;
import com.google.template.soy.shared.restricted.SoyJavaFunction;
import java.util.List;
import java.util.Set;

/** Atlassian's {@code contextPath()} soy function: the web application's context path ({@code /confluence}). */
public final class ContextPathFunction implements SoyJavaFunction {

    private final String contextPath;

    public ContextPathFunction(String contextPath) {
        this.contextPath = contextPath;
    }

    @Override public String getName() { return "contextPath"; }
    @Override public Set<Integer> getValidArgsSizes() { return Set.of(0); }
    @Override public SoyValue computeForJava(List<SoyValue> args) { return StringData.forValue(contextPath); }
}
