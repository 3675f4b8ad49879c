package app.auraworkflows.devhost.plugin;

import java.util.List;

/**
 * A web-item/web-section/web-panel {@code <condition>} or {@code <conditions>} tree from the
 * descriptor. Conditions are host classes known by name (see {@code WebConditions}); plugin-provided
 * condition classes are not supported.
 */
public sealed interface Condition {

    /** {@code <condition class="..." invert="true|false"/>}. */
    record Single(String className, boolean invert) implements Condition {
    }

    /** {@code <conditions type="AND|OR">...</conditions>}. */
    record Composite(boolean and, List<Condition> children, boolean invert) implements Condition {
    }
}
