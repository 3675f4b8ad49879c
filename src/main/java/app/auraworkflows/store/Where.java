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

    Query query() {
        return clause.isEmpty() ? Query.select() : Query.select().where(clause, parameters.toArray());
    }

    Query query(String fields) {
        return clause.isEmpty() ? Query.select(fields) : Query.select(fields).where(clause, parameters.toArray());
    }
}
