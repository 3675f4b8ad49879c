package app.auraworkflows.approval;

/**
 * A state as the panel and REST show it.
 *
 * @param key      state key
 * @param name     display name (the key itself if the workflow no longer has the state)
 * @param colour   colour token or null
 * @param terminal no outgoing transitions
 */
public record StateView(String key, String name, String colour, boolean terminal) {
    static StateView of(WorkflowDefinition definition, String key) {
        if (key == null) {
            return null;
        }
        if (definition == null) {
            return new StateView(key, key, null, true);
        }
        return definition.state(key)
                .map(s -> new StateView(key, s.name(), s.colour(), definition.isTerminal(key)))
                .orElseGet(() -> new StateView(key, key, null, definition.isTerminal(key)));
    }
}
