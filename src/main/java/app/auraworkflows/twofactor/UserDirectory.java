package app.auraworkflows.twofactor;

import java.util.List;
import java.util.Optional;

/** Port: the host's user directory (implemented in {@code confluence/}). */
public interface UserDirectory {
    Optional<DirectoryUser> byUsername(String username);

    Optional<DirectoryUser> byKey(String userKey);

    /** Users whose username, full name or e-mail contains {@code query} (case-insensitive), at most {@code limit}. */
    List<DirectoryUser> search(String query, int limit);
}
