package app.auraworkflows.store;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreTextTest {

    @Test
    void recordedTextIsStoredWholeOrRefusedNamingItsColumnNeverCut() {
        String fits = "n".repeat(255);
        assertEquals(fits, StoreText.recorded("FULL_NAME", fits));
        assertNull(StoreText.recorded("FULL_NAME", null));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> StoreText.recorded("FULL_NAME", "n".repeat(256)));
        assertTrue(refused.getMessage().startsWith("FULL_NAME holds at most 255 characters; 256 reached the store"),
                refused.getMessage());
    }

    @Test
    void onlyADerivedSearchKeyIsCutToItsColumn() {
        // Lower-casing can lengthen a name that fits: U+0130 becomes i and a combining dot.
        String lower = ("\u0130".repeat(200)).toLowerCase(java.util.Locale.ROOT);
        assertEquals(400, lower.length());
        assertEquals(255, StoreText.indexKey(lower).length());
        assertEquals("short", StoreText.indexKey("short"));
        assertNull(StoreText.indexKey(null));
    }
}
