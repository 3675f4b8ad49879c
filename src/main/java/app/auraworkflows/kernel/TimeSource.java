package app.auraworkflows.kernel;

import java.time.Clock;

/**
 * Where the 2FA services get their {@link Clock}. Components take this small interface (not a
 * {@code Clock}) because Spring autowires by type through exactly one constructor: production gets
 * {@link SystemTimeSource}, tests pass a lambda returning a fixed or movable clock ({@code () -> clock}).
 * Verification code reads the clock once per check, through this, and never calls {@code Instant.now()}.
 */
@FunctionalInterface
public interface TimeSource {
    Clock clock();
}
