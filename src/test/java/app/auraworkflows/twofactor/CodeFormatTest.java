package app.auraworkflows.twofactor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Only exactly six ASCII digits are a code. */
class CodeFormatTest {

    @ParameterizedTest
    @ValueSource(strings = {"123456", "000000", "012345", "999999"})
    void sixAsciiDigitsAreWellFormed(String code) {
        assertTrue(CodeFormat.isWellFormed(code));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"      ", "12345", "1234567", "12345678", "12345a", "12 345", " 12345", "123456 ",
            "+12345", "-12345", "1234.5", "１２３４５６", "١٢٣٤٥٦", "۱۲۳۴۵۶", "१२३४५६"})
    void anythingElseIsMalformed(String code) {
        assertFalse(CodeFormat.isWellFormed(code));
    }

    @Test
    void aHundredKilobyteInputIsRefusedCheaply() {
        String huge = "1".repeat(100_000);
        long started = System.nanoTime();
        for (int i = 0; i < 10_000; i++) {
            assertFalse(CodeFormat.isWellFormed(huge));
        }
        // length is checked first: 10,000 checks of 100 KB take far less than scanning them would
        assertTrue(System.nanoTime() - started < 200_000_000L);
    }
}
