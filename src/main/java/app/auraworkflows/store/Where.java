package app.auraworkflows.store;

import java.util.ArrayList;
import java.util.List;
import net.java.ao.Query;

/**
 * A WHERE clause with its parameters, built up a condition at a time: Active Objects' {@link Query} takes the clause
 * and its parameters together, so the stores that compose filters, seeks and ranges keep the two side by side here.
 * An empty clause selects every row.
 */
record Where(String clause, List<Object> parameters) {
    static final Where ALL = new Where("", List.of());

    Where {
        parameters = List.copyOf(parameters);
    }

    static Where of(String clause, Object... values) {
        return new Where(clause, List.of(values));
    }

    Where and(String more, Object... values) {
        List<Object> all = new ArrayList<>(parameters);
        all.addAll(List.of(values));
        return new Where(clause.isEmpty() ? more : clause + " AND " + more, all);
    }

    /**
     * "{@code column} starts with {@code prefix}" as a range on the column ({@code >= prefix AND < prefix + U+FFFF},
     * which every database seeks an index to; HSQLDB does not turn LIKE into a range by itself) narrowed by the exact
     * LIKE. {@code '!'} is the LIKE escape (PostgreSQL and HSQLDB both accept the ESCAPE clause), so a user typing % or
     * _ searches for that character, not a wildcard.
     */
    Where andStartsWith(String column, String prefix) {
        return and(startsWith(column), startsWithValues(prefix));
    }

    /** "One of {@code columns} starts with {@code prefix}": {@link #andStartsWith}'s range for each, joined by OR. */
    Where andStartsWithAny(List<String> columns, String prefix) {
        List<Object> values = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (String column : columns) {
            parts.add("(" + startsWith(column) + ")");
            values.addAll(List.of(startsWithValues(prefix)));
        }
        return and("(" + String.join(" OR ", parts) + ")", values.toArray());
    }

    private static String startsWith(String column) {
        return column + " >= ? AND " + column + " < ? AND " + column + " LIKE ? ESCAPE '!'";
    }

    private static Object[] startsWithValues(String prefix) {
        String pattern = prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return new Object[] {prefix, prefix + '\uffff', pattern};
    }

    Query query() {
        return clause.isEmpty() ? Query.select() : Query.select().where(clause, parameters.toArray());
    }

    Query query(String fields) {
        return clause.isEmpty() ? Query.select(fields) : Query.select(fields).where(clause, parameters.toArray());
    }
}
