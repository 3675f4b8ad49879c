package app.auraworkflows.rest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PagingTest extends RestTestSupport {

    @Test
    void absentParametersTakeTheFirstPageOfTheListsOwnSize() {
        Paging paging = Paging.offset(null, "", 25, 100, errors);
        assertNull(paging.refusal());
        assertEquals(0, paging.start());
        assertEquals(25, paging.limit());
    }

    @Test
    void startAndLimitAreReadAsStrictWholeNumbersWithinTheirRange() {
        Paging paging = Paging.offset("40", "100", 25, 100, errors);
        assertEquals(40, paging.start());
        assertEquals(100, paging.limit());
        for (String start : new String[] {"-1", "+1", "01", "1.5", "x", "\uff11"}) {
            assertEquals("The parameter start must be a whole number of 0 or more.",
                    assertError(Paging.offset(start, null, 25, 100, errors).refusal(), 400, "INVALID_INPUT").message(),
                    start);
        }
        for (String limit : new String[] {"0", "101", "-5", "ten"}) {
            assertEquals("The parameter limit must be a whole number from 1 to 100.",
                    assertError(Paging.offset("0", limit, 25, 100, errors).refusal(), 400, "INVALID_INPUT").message(),
                    limit);
        }
    }

    @Test
    void aPageWithOnlyASizeNamesItsOwnMaximumWhenRefused() {
        assertEquals(10, Paging.limit(null, 10, 25, errors).limit());
        assertEquals("The parameter limit must be a whole number from 1 to 25.",
                assertError(Paging.limit("26", 10, 25, errors).refusal(), 400, "INVALID_INPUT").message());
    }
}
