package app.auraworkflows.text;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextPolicyTest {

    @Test
    void everyC0ControlCharacterAndDelAreRefusedInSingleLineText() {
        for (char c = 0; c < 0x20; c++) {
            assertFalse(TextPolicy.isCleanSingleLine("a" + c + "b"), "U+" + Integer.toHexString(c));
        }
        assertFalse(TextPolicy.isCleanSingleLine("a\u007Fb"));
    }

    @Test
    void multiLineTextMayHoldTabLineFeedAndCarriageReturnButNoOtherControlCharacter() {
        assertTrue(TextPolicy.isCleanMultiLine("line one\r\n\tline two\n"));
        assertFalse(TextPolicy.isCleanMultiLine("nul\u0000"));
        assertFalse(TextPolicy.isCleanMultiLine("bell\u0007"));
        assertFalse(TextPolicy.isCleanMultiLine("del\u007F"));
        assertFalse(TextPolicy.isCleanSingleLine("tab\t"));
    }

    @Test
    void printableUnicodeAndAbsentTextAreClean() {
        assertTrue(TextPolicy.isCleanSingleLine("Zoë 審査 ✓ ~ é"));
        assertTrue(TextPolicy.isCleanSingleLine(null));
        assertTrue(TextPolicy.isCleanMultiLine(null));
        assertTrue(TextPolicy.areCleanSingleLine(null));
        assertTrue(TextPolicy.areCleanSingleLine(Arrays.asList("alice", null)));
        assertFalse(TextPolicy.areCleanSingleLine(List.of("alice", "bo\u0000b")));
    }
}
