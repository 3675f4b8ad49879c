package app.auraworkflows.approval;

import java.util.Objects;

/**
 * The signed-in user doing something, as the host identified them.
 *
 * @param userKey  stable user key (what votes and reviewer snapshots are keyed by)
 * @param username current username (what live group membership is checked with)
 * @param fullName current display name (kept on a vote as "full name at signing")
 */
public record Actor(String userKey, String username, String fullName) {
    /** Someone the host does not name, such as the editor of an anonymous edit. */
    public static final Actor UNKNOWN = new Actor("", "", "");

    public Actor {
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(username, "username");
        fullName = fullName == null || fullName.isBlank() ? username : fullName;
    }
}
