package app.auraworkflows.twofactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.kernel.DirectoryUser;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The search bound: the minimum query length, and "more results" known from one extra fetched user. */
class UserSearchResultTest {

    private static List<DirectoryUser> users(int n) {
        return IntStream.range(0, n).mapToObj(i -> new DirectoryUser("k" + i, "u" + i, "U " + i, "", true)).toList();
    }

    @Test
    void queriesShorterThanTwoCharactersAfterStrippingAreNotSearchable() {
        assertFalse(UserSearchResult.searchable(null));
        assertFalse(UserSearchResult.searchable(""));
        assertFalse(UserSearchResult.searchable(" a  "));
        assertTrue(UserSearchResult.searchable(" al "));
        assertEquals(2, UserSearchResult.MIN_QUERY_LENGTH);
    }

    @Test
    void limitPlusOneFetchedShowsTheLimitAndFlagsMoreResults() {
        UserSearchResult result = UserSearchResult.ofFetched(users(21), 20);

        assertEquals(users(20), result.users());
        assertTrue(result.moreResults());
    }

    @Test
    void atMostTheLimitFetchedShowsAllWithoutTheFlag() {
        assertEquals(new UserSearchResult(users(20), false), UserSearchResult.ofFetched(users(20), 20));
        assertEquals(UserSearchResult.none(), UserSearchResult.ofFetched(List.of(), 20));
    }
}
