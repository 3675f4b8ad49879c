package app.auraworkflows.kernel;

import java.time.Clock;
import org.springframework.stereotype.Component;

/** Production {@link TimeSource}: the system clock in UTC. */
@Component
public class SystemTimeSource implements TimeSource {
    private final Clock clock = Clock.systemUTC();

    @Override
    public Clock clock() {
        return clock;
    }
}
