package app.auraworkflows.devhost.rest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedWithParams;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.ws.rs.ext.ContextResolver;

/**
 * The JSON mapping of REST modules, as strict as a Confluence 10 REST provider can plausibly be, so a plugin
 * that works here does not depend on the host's Jackson defaults:
 * <ul>
 *   <li>no property auto-detection (getters, is-getters, fields, setters, creators), like Atlassian's provider
 *       since Platform 6: only what a type's annotations expose is written or bound;</li>
 *   <li>a record's canonical constructor binds only when the record says so (see {@link AnnotatedCreatorsOnly});</li>
 *   <li>no JSR-310 or Jdk8 module: a {@code java.time} or {@code Optional} value fails instead of being
 *       written in some host-specific form;</li>
 *   <li>unchanged: unknown request properties are ignored and empty beans do not fail (lenient like Atlassian
 *       REST), {@code java.util.Date} is not written as a number; maps and {@code JsonNode} work as always.</li>
 * </ul>
 */
public final class HostJson implements ContextResolver<ObjectMapper> {

    private final ObjectMapper mapper = create();

    public static ObjectMapper create() {
        return JsonMapper.builder()
                .disable(MapperFeature.AUTO_DETECT_GETTERS, MapperFeature.AUTO_DETECT_IS_GETTERS,
                        MapperFeature.AUTO_DETECT_FIELDS, MapperFeature.AUTO_DETECT_SETTERS,
                        MapperFeature.AUTO_DETECT_CREATORS)
                .annotationIntrospector(new AnnotatedCreatorsOnly())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }

    /**
     * Jackson 2.18 binds a record through its canonical constructor and component names whatever the creator
     * visibility, so with auto-detection off an unannotated request record would still bind here while a host
     * with another Jackson version or introspector may leave it empty. This introspector disables such a
     * constructor unless it is {@code @JsonCreator}, names a parameter with {@code @JsonProperty}, or the record's
     * {@code @JsonAutoDetect(creatorVisibility)} makes it visible. Other classes need nothing: with
     * {@code AUTO_DETECT_CREATORS} off their unannotated constructors are already invisible.
     */
    static final class AnnotatedCreatorsOnly extends JacksonAnnotationIntrospector {

        private static final long serialVersionUID = 1L;

        @Override
        public JsonCreator.Mode findCreatorAnnotation(MapperConfig<?> config, Annotated a) {
            JsonCreator.Mode mode = super.findCreatorAnnotation(config, a);
            if (mode != null || !(a instanceof AnnotatedWithParams creator)
                    || !creator.getDeclaringClass().isRecord()) {
                return mode;
            }
            for (int i = 0; i < creator.getParameterCount(); i++) {
                if (findNameForDeserialization(creator.getParameter(i)) != null) {
                    return null;
                }
            }
            Class<?> record = creator.getDeclaringClass();
            boolean visible = config.getDefaultVisibilityChecker(record, config.introspectClassAnnotations(record)
                    .getClassInfo()).isCreatorVisible(creator);
            return visible ? null : JsonCreator.Mode.DISABLED;
        }
    }
}
