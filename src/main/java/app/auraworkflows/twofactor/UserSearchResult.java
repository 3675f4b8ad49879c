package app.auraworkflows.twofactor;

import app.auraworkflows.kernel.DirectoryUser;
import java.util.List;
import java.util.Map;

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
 * @param enrolment   the 2FA status (PENDING or ACTIVE) of the users shown who are enrolled already, by user key, so
 *                    the dialog marks them instead of offering them again
 */
public record UserSearchResult(List<DirectoryUser> users, boolean moreResults, Map<String, EnrolmentStatus> enrolment) {
    /** Shortest search text sent to the directory: one character would match a large part of it. */
    public static final int MIN_QUERY_LENGTH = 2;

    public UserSearchResult {
        users = List.copyOf(users);
        enrolment = Map.copyOf(enrolment);
    }

    public UserSearchResult(List<DirectoryUser> users, boolean moreResults) {
        this(users, moreResults, Map.of());
    }

    public static UserSearchResult none() {
        return new UserSearchResult(List.of(), false);
    }

    /** The same result with the enrolment statuses of its users. */
    public UserSearchResult withEnrolment(Map<String, EnrolmentStatus> statuses) {
        return new UserSearchResult(users, moreResults, statuses);
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
