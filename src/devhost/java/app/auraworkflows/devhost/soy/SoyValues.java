package app.auraworkflows.devhost.soy;

import com.google.template.soy.data.SoyValue;
import com.google.template.soy.data.restricted.BooleanData;
import com.google.template.soy.data.restricted.FloatData;
import com.google.template.soy.data.restricted.IntegerData;
import com.google.template.soy.data.restricted.NullData;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Converts template data to what Soy's Tofu accepts (string-keyed maps, lists, strings, numbers,
 * booleans, null, sanitized content), failing with the path of an unsupported value. Enums become
 * their name, dates their ISO text, records maps of their components, and other objects maps of their
 * bean properties (as Atlassian's renderer does for e.g. the {@code page} of a web-panel context).
 */
final class SoyValues {

    private SoyValues() {
    }

    static Map<String, Object> convertMap(Map<String, ?> data) {
        return data == null ? Map.of() : convertEntries(data, "$");
    }

    private static Map<String, Object> convertEntries(Map<?, ?> map, String path) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            out.put(key, convert(e.getValue(), path + "." + key));
        }
        return out;
    }

    static Object convert(Object v, String path) {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Integer || v instanceof Long
                || v instanceof Double || v instanceof Float || v instanceof SoyValue) {
            return v;
        }
        if (v instanceof Number n) {
            return n instanceof Short || n instanceof Byte ? n.intValue() : n.doubleValue();
        }
        if (v instanceof CharSequence || v instanceof Character) {
            return v.toString();
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof TemporalAccessor || v instanceof Date) {
            return v instanceof Date d ? d.toInstant().toString() : v.toString();
        }
        if (v instanceof Optional<?> o) {
            return convert(o.orElse(null), path);
        }
        if (v instanceof Map<?, ?> m) {
            return convertEntries(m, path);
        }
        if (v instanceof Iterable<?> it) {
            List<Object> out = new ArrayList<>();
            int i = 0;
            for (Object o : it) {
                out.add(convert(o, path + "[" + i++ + "]"));
            }
            return out;
        }
        if (v.getClass().isArray()) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < Array.getLength(v); i++) {
                out.add(convert(Array.get(v, i), path + "[" + i + "]"));
            }
            return out;
        }
        if (v.getClass().isRecord()) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (RecordComponent c : v.getClass().getRecordComponents()) {
                try {
                    c.getAccessor().setAccessible(true);
                    out.put(c.getName(), convert(c.getAccessor().invoke(v), path + "." + c.getName()));
                } catch (ReflectiveOperationException | RuntimeException e) {
                    throw new IllegalArgumentException("Cannot read record component " + path + "." + c.getName(), e);
                }
            }
            return out;
        }
        Map<String, Object> bean = bean(v, path);
        if (bean != null) {
            return bean;
        }
        throw new IllegalArgumentException("Soy data at " + path + " has unsupported type " + v.getClass().getName()
                + " (use maps, lists, strings, numbers, booleans)");
    }

    /**
     * A Java object as the map of its bean properties (public {@code getX()}/{@code isX()}), as Atlassian's
     * Soy renderer exposes objects such as the page in a web-panel context ({@code $page.title}). Null when
     * the object has no properties. Properties whose getter throws are left out, and nesting is capped so a
     * cyclic object graph cannot recurse forever.
     */
    private static Map<String, Object> bean(Object v, String path) {
        if (path.chars().filter(ch -> ch == '.').count() > MAX_BEAN_DEPTH) {
            throw new IllegalArgumentException("Soy data at " + path + " is nested too deeply (cyclic object graph?)");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Method m : v.getClass().getMethods()) {
            String property = property(m);
            if (property == null || out.containsKey(property)) {
                continue;
            }
            Object value;
            try {
                value = m.invoke(v);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            out.put(property, convert(value, path + "." + property));
        }
        return out.isEmpty() ? null : out;
    }

    private static final int MAX_BEAN_DEPTH = 8;

    private static String property(Method m) {
        if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
            return null;
        }
        String name = m.getName();
        int prefix = name.startsWith("get") ? 3 : name.startsWith("is") && (m.getReturnType() == boolean.class
                || m.getReturnType() == Boolean.class) ? 2 : 0;
        if (prefix == 0 || name.length() == prefix || m.getReturnType() == void.class) {
            return null;
        }
        return Character.toLowerCase(name.charAt(prefix)) + name.substring(prefix + 1);
    }

    /** A soy function argument as a Java value for MessageFormat. */
    static Object toJava(SoyValue v) {
        if (v == null || v instanceof NullData) {
            return null;
        }
        if (v instanceof IntegerData i) {
            return i.longValue();
        }
        if (v instanceof FloatData f) {
            return f.floatValue();
        }
        if (v instanceof BooleanData b) {
            return b.getValue();
        }
        return v.coerceToString();
    }
}
