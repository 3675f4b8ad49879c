package app.auraworkflows.twofactor;

import app.auraworkflows.kernel.DirectoryUser;
import java.util.List;

/**
 * Role: value answered by the "Add 2FA user" search: at most the asked number of users, and whether the
 * directory had more matches than that (the dialog then asks the administrator to keep typing).
 *
 * <p>The search never counts matches (on a large LDAP or Crowd directory a count is as expensive as loading
 * them all): it asks the directory for one user more than it shows, and that extra user is the whole
 * evidence of "more results".
 *
 * @param users       the users to show, in directory order
 * @param moreResults true when the directory found more than {@code users.size()} matches
 */
public record UserSearchResult(List<DirectoryUser> users, boolean moreResults) {
    /** Shortest search text sent to the directory: one character would match a large part of it. */
    public static final int MIN_QUERY_LENGTH = 2;

    public UserSearchResult {
        users = List.copyOf(users);
    }

    public static UserSearchResult none() {
        return new UserSearchResult(List.of(), false);
    }

    /** Whether {@code query} (stripped) is long enough to be searched for. */
    public static boolean searchable(String query) {
        return query != null && query.strip().length() >= MIN_QUERY_LENGTH;
    }

    /**
     * The result for a directory answer to a request for {@code limit + 1} users: the first {@code limit}, and
     * {@code moreResults} when the extra one came back.
     */
    public static UserSearchResult ofFetched(List<DirectoryUser> fetched, int limit) {
        if (fetched.size() > limit) {
            return new UserSearchResult(fetched.subList(0, limit), true);
        }
        return new UserSearchResult(fetched, false);
    }
}
