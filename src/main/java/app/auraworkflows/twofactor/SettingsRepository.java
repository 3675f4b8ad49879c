package app.auraworkflows.twofactor;

import java.util.Optional;

/**
 * Port: the app's administrator settings, one text value per name (implemented in {@code store/}; in the
 * database, so every cluster node reads the same value at once, and a node's restart changes nothing).
 */
public interface SettingsRepository {
    Optional<String> find(String name);

    /** Stores {@code value} under {@code name}, replacing any earlier value. Joins a surrounding transaction. */
    void save(String name, String value);
}
