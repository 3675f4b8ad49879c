package app.auraworkflows.store;

import java.sql.SQLException;

/**
 * Classifies database failures by SQLSTATE, portably across PostgreSQL, HSQLDB, and the exception types
 * the AO plugin wraps them in (we only look at the {@link SQLException}s in the cause chain).
 */
final class SqlFailures {
    private SqlFailures() {
    }

    /** SQLSTATE class 23: integrity constraint violation (here: our UNIQUE columns). */
    static boolean isConstraintViolation(Throwable failure) {
        return sqlStateStartsWith(failure, "23");
    }

    /** 40001 serialization failure / 40P01 deadlock: the transaction may simply be retried. */
    static boolean isTransient(Throwable failure) {
        return sqlStateStartsWith(failure, "40001") || sqlStateStartsWith(failure, "40P01");
    }

    private static boolean sqlStateStartsWith(Throwable failure, String prefix) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    String state = e.getSQLState();
                    if (state != null && state.startsWith(prefix)) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
