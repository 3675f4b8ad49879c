package app.auraworkflows.devhost.soy;

import app.auraworkflows.devhost.i18n.I18nRegistry;
import com.google.template.soy.data.SoyValue;
import com.google.template.soy.data.restricted.StringData;
import com.google.template.soy.shared.restricted.SoyJavaFunction;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Atlassian's {@code getText('i18n.key', arg...)} soy function: the text from the plugins' i18n
 * bundles, formatted with the arguments. Returns plain (unsanitized) text, so autoescaping escapes it.
 */
public final class GetTextFunction implements SoyJavaFunction {

    private final I18nRegistry i18n;

    public GetTextFunction(I18nRegistry i18n) {
        this.i18n = i18n;
    }

    @Override
    public String getName() {
        return "getText";
    }

    @Override
    public Set<Integer> getValidArgsSizes() {
        return IntStream.rangeClosed(1, 20).boxed().collect(Collectors.toSet());
    }

    @Override
    public SoyValue computeForJava(List<SoyValue> args) {
        String key = args.get(0).coerceToString();
        Object[] params = args.subList(1, args.size()).stream().map(SoyValues::toJava).toArray();
        return StringData.forValue(i18n.text(key, params));
    }
}
