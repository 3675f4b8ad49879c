package app.auraworkflows.devhost.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** A missing machine service skips a test on a developer's machine and fails it under CI. */
class RequiredServiceTest {

    @Test
    void aMissingServiceSkipsLocally() {
        TestAbortedException skipped = assertThrows(TestAbortedException.class,
                () -> RequiredService.missing("PostgreSQL not available", null, false));
        assertEquals("PostgreSQL not available", skipped.getMessage());
    }

    @Test
    void aMissingServiceFailsUnderCi() {
        IllegalStateException cause = new IllegalStateException("connection refused");
        AssertionError failed = assertThrows(AssertionError.class,
                () -> RequiredService.missing("PostgreSQL not available", cause, true));
        assertEquals("CI=true requires it: PostgreSQL not available", failed.getMessage());
        assertEquals(cause, failed.getCause());
    }
}
