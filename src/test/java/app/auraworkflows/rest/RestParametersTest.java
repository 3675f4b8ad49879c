package app.auraworkflows.rest;

import org.junit.jupiter.api.Test;

import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RestParametersTest {

    @Test
    void idsAreStrictAsciiDecimalWithinLongRange() {
        assertEquals(OptionalLong.of(12), RestParameters.id("12"));
        assertEquals(OptionalLong.of(Long.MAX_VALUE), RestParameters.id("9223372036854775807"));
        for (String bad : new String[] {"+12", "012", "\uFF11\uFF12", "\u0661\u0662", "-1", "0", " 12", "12 ", "1e3",
                "12\u0000", "9223372036854775808", "99999999999999999999", "", "0x1F"}) {
            assertEquals(OptionalLong.empty(), RestParameters.id(bad), bad);
        }
        assertEquals(OptionalLong.empty(), RestParameters.id(null));
    }

    @Test
    void pageIdsOfThePageResourceFollowTheSameRule() {
        // Long.parseLong alone accepted "+12" and full-width digits as page 12.
        assertEquals(OptionalLong.empty(), PageWorkflowResource.parsePageId("+12"));
        assertEquals(OptionalLong.empty(), PageWorkflowResource.parsePageId("\uFF11\uFF12"));
        assertEquals(OptionalLong.empty(), PageWorkflowResource.parsePageId("012"));
        assertEquals(OptionalLong.empty(), WorkflowsResource.parseId("012").map(OptionalLong::of).orElse(OptionalLong.empty()));
        assertEquals(OptionalLong.of(12), PageWorkflowResource.parsePageId("12"));
    }

    @Test
    void pagingNumbersAreStrictToo() {
        assertEquals(5, RestParameters.wholeNumber(null, 5, 0, 10));
        assertEquals(5, RestParameters.wholeNumber("", 5, 0, 10));
        assertEquals(0, RestParameters.wholeNumber("0", 5, 0, 10));
        assertEquals(10, RestParameters.wholeNumber("10", 5, 0, 10));
        for (String bad : new String[] {"+1", "01", "\uFF11", "-1", "11", " 1", "1.0", "99999999999", "1\u0000"}) {
            assertNull(RestParameters.wholeNumber(bad, 5, 0, 10), bad);
        }
    }
}
