package app.auraworkflows.bench;

import app.auraworkflows.twofactor.FileSecretKeySource;
import app.auraworkflows.twofactor.RandomSource;
import app.auraworkflows.twofactor.SealedSecret;
import app.auraworkflows.twofactor.SecretCipher;
import app.auraworkflows.twofactor.TotpSecrets;
import app.auraworkflows.twofactor.TotpVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark (not a test): the CPU cost of checking one authenticator code, in microseconds, without any
 * database work — {@link TotpVerifier#matchStep} (which computes all three steps of the ±1 window every time)
 * and the path a protected review takes before it, decrypting the stored secret with {@link SecretCipher#open}
 * (AES-256-GCM) and then matching. Real objects throughout: a fresh 160-bit secret from {@link TotpSecrets}, the
 * real cipher with a {@link FileSecretKeySource} whose key file lives in a temporary directory.
 *
 * <p>The right and a wrong code are measured separately: matching never stops early, so the two should cost
 * the same (a difference would be a timing signal). "now" is a fixed instant in the middle of a step so every
 * invocation does the same work; the right code is computed with the authenticator library directly, not with
 * the verifier under test. Run with {@code mvn -B -Pbench verify -DskipTests -Dbench.include=CodeVerificationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// Five warm-up seconds, not three: on a 2-core machine shared with other builds the first three measured
// about 40, 25 and 10 µs/op (decrypt + match: 170, 90, 40), so three seconds ended before steady state.
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CodeVerificationBenchmark {
    private static final Instant NOW = Instant.ofEpochSecond(59_000_000L * 30 + 15);
    private static final String USER_KEY = "bench-user-key";

    private Path keyDirectory;
    private SecretCipher cipher;
    private TotpVerifier totp;
    private SealedSecret sealed;
    private String secret;
    private String rightCode;
    private String wrongCode;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        keyDirectory = Files.createTempDirectory("aura-bench-2fa-key");
        SecureRandom secureRandom = new SecureRandom();
        RandomSource random = () -> secureRandom;
        cipher = new SecretCipher(new FileSecretKeySource(keyDirectory, secureRandom), random);
        totp = new TotpVerifier();
        secret = new TotpSecrets(random).newSecret();
        sealed = cipher.seal(USER_KEY, secret);
        long step = TotpVerifier.stepAt(NOW);
        rightCode = code(secret, step);
        Set<String> window = Set.of(code(secret, step - 1), rightCode, code(secret, step + 1));
        for (int i = 0; wrongCode == null; i++) {
            String candidate = String.format("%06d", (123456 + i * 7919) % 1_000_000);
            if (!window.contains(candidate)) {
                wrongCode = candidate;
            }
        }
        // Guard against measuring a broken path (e.g. an exception-free mismatch on every call).
        if (totp.matchStep(cipher.open(USER_KEY, sealed), rightCode, NOW).orElse(-1) != step
                || totp.matchStep(secret, wrongCode, NOW).isPresent()) {
            throw new IllegalStateException("the benchmark codes do not behave as expected");
        }
    }

    @TearDown(Level.Trial)
    public void removeKey() throws IOException {
        try (var files = Files.list(keyDirectory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.delete(file);
            }
        }
        Files.delete(keyDirectory);
    }

    /** Three HMAC-SHA1 codes and three constant-time comparisons; the code matches the current step. */
    @Benchmark
    public OptionalLong matchStepRightCode() {
        return totp.matchStep(secret, rightCode, NOW);
    }

    /** The same work for a code that matches no step of the window. */
    @Benchmark
    public OptionalLong matchStepWrongCode() {
        return totp.matchStep(secret, wrongCode, NOW);
    }

    /** What a code check does before touching the lockout and used-step tables: decrypt, then match. */
    @Benchmark
    public OptionalLong openSecretAndMatchStep() {
        return totp.matchStep(cipher.open(USER_KEY, sealed), rightCode, NOW);
    }

    private static String code(String base32Secret, long step) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(base32Secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("cannot compute a code", e);
        }
    }
}
