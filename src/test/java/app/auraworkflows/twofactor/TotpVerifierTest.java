package app.auraworkflows.twofactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ±1 step window, its exact edges, and that every window step is always computed. */
class TotpVerifierTest {
    static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    static final long K = 59_000_000L;
    final TotpVerifier verifier = new TotpVerifier();

    @ParameterizedTest(name = "step k{0}")
    @ValueSource(longs = {-1, 0, 1})
    void inTheMiddleOfStepKTheCodesOfStepsKMinusOneToKPlusOneMatchTheirStep(long offset) {
        Instant now = Instant.ofEpochSecond(30 * K + 15);
        assertEquals(OptionalLong.of(K + offset), verifier.matchStep(SECRET, code(K + offset), now));
    }

    @ParameterizedTest(name = "step k{0}")
    @ValueSource(longs = {-2, 2, -3, 3})
    void codesTwoOrMoreStepsAwayAreRefused(long offset) {
        Instant now = Instant.ofEpochSecond(30 * K + 15);
        assertEquals(OptionalLong.empty(), verifier.matchStep(SECRET, code(K + offset), now));
    }

    @Test
    void atTheFirstSecondOfStepKTheWindowIsKMinusOneToKPlusOne() {
        Instant now = Instant.ofEpochSecond(30 * K);
        assertEquals(OptionalLong.of(K - 1), verifier.matchStep(SECRET, code(K - 1), now));
        assertEquals(OptionalLong.of(K + 1), verifier.matchStep(SECRET, code(K + 1), now));
        assertEquals(OptionalLong.empty(), verifier.matchStep(SECRET, code(K - 2), now));
        assertEquals(OptionalLong.empty(), verifier.matchStep(SECRET, code(K + 2), now));
    }

    @Test
    void atTheLastSecondOfStepKMinusOneTheWindowIsKMinusTwoToK() {
        Instant now = Instant.ofEpochSecond(30 * K - 1);
        assertEquals(OptionalLong.of(K - 2), verifier.matchStep(SECRET, code(K - 2), now));
        assertEquals(OptionalLong.of(K), verifier.matchStep(SECRET, code(K), now));
        assertEquals(OptionalLong.empty(), verifier.matchStep(SECRET, code(K + 1), now));
        assertEquals(OptionalLong.empty(), verifier.matchStep(SECRET, code(K - 3), now));
    }

    @Test
    void everyWindowStepIsComputedEvenWhenTheFirstMatches() {
        CountingGenerator counting = new CountingGenerator();
        Instant now = Instant.ofEpochSecond(30 * K + 15);
        OptionalLong step = new TotpVerifier(counting).matchStep(SECRET, code(K - 1), now);
        assertEquals(OptionalLong.of(K - 1), step);
        assertEquals(List.of(K - 1, K, K + 1), counting.steps);
    }

    @Test
    void everyWindowStepIsComputedForAWrongCode() {
        CountingGenerator counting = new CountingGenerator();
        new TotpVerifier(counting).matchStep(SECRET, "000000".equals(code(K)) ? "111111" : "000000",
                Instant.ofEpochSecond(30 * K + 15));
        assertEquals(3, counting.steps.size());
    }

    @Test
    void whenTwoStepsShareACodeTheNewestStepIsReturned() {
        CodeGenerator sameCodeEverywhere = (secret, counter) -> "424242";
        assertEquals(OptionalLong.of(K + 1), new TotpVerifier(sameCodeEverywhere)
                .matchStep(SECRET, "424242", Instant.ofEpochSecond(30 * K + 15)));
    }

    @Test
    void codesWithLeadingZerosAreComparedAsText() {
        CodeGenerator leadingZero = (secret, counter) -> "012345";
        assertEquals(OptionalLong.of(K + 1), new TotpVerifier(leadingZero)
                .matchStep(SECRET, "012345", Instant.ofEpochSecond(30 * K + 15)));
        assertEquals(OptionalLong.empty(), new TotpVerifier(leadingZero)
                .matchStep(SECRET, "12345", Instant.ofEpochSecond(30 * K + 15)));
    }

    @Test
    void malformedInputIsRefusedWithoutComputingAnyCode() {
        CountingGenerator counting = new CountingGenerator();
        TotpVerifier counted = new TotpVerifier(counting);
        Instant now = Instant.ofEpochSecond(30 * K + 15);
        for (String bad : new String[] {null, "", "12345", "1234567", "12 456", "１２３４５６", "x".repeat(100_000)}) {
            assertEquals(OptionalLong.empty(), counted.matchStep(SECRET, bad, now));
        }
        assertTrue(counting.steps.isEmpty());
    }

    @Test
    void aSecretTheGeneratorCannotUseFailsClosedWithoutEchoingIt() {
        CodeGenerator broken = (secret, counter) -> {
            throw new CodeGenerationException("bad key " + secret, null);
        };
        TwoFactorUnavailableException e = assertThrows(TwoFactorUnavailableException.class,
                () -> new TotpVerifier(broken).matchStep(SECRET, "123456", Instant.ofEpochSecond(30 * K)));
        assertTrue(!e.getMessage().contains(SECRET) && e.getCause() == null);
    }

    @Test
    void stepAtFloorsToThirtySecondSteps() {
        assertEquals(K, TotpVerifier.stepAt(Instant.ofEpochSecond(30 * K)));
        assertEquals(K, TotpVerifier.stepAt(Instant.ofEpochSecond(30 * K + 29)));
        assertEquals(K - 1, TotpVerifier.stepAt(Instant.ofEpochSecond(30 * K - 1)));
    }

    static String code(long step) {
        return TwoFactorFixture.code(SECRET, step);
    }

    /** Records every step it is asked for, then computes the real code. */
    static final class CountingGenerator implements CodeGenerator {
        final List<Long> steps = new ArrayList<>();
        private final DefaultCodeGenerator real = new DefaultCodeGenerator();

        @Override
        public synchronized String generate(String key, long counter) throws CodeGenerationException {
            steps.add(counter);
            return real.generate(key, counter);
        }
    }
}
