package app.auraworkflows.kernel;

import java.util.List;
import java.util.Optional;

/** Port: the host's user directory (implemented in {@code confluence/}). */
public interface UserDirectory {
    Optional<DirectoryUser> byUsername(String username);

    Optional<DirectoryUser> byKey(String userKey);

    /**
     * At most {@code limit} users whose username, display name, last name or e-mail starts with {@code query}
     * (case-insensitive, as the host's directory compares); the directory itself is bounded to {@code limit},
     * never asked for every match.
     */
    List<DirectoryUser> search(String query, int limit);
}
