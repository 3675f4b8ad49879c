package app.auraworkflows.store;

import app.auraworkflows.kernel.TransactionRunner;
import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * {@link TransactionRunner} over {@link ActiveObjects#executeInTransaction}: the work commits as a whole
 * or not at all. Nested calls join the surrounding transaction (the host's propagation rules); the outermost
 * one retries a lost race ({@link UnitOfWork}).
 */
@Component
public class AoTransactionRunner implements TransactionRunner {
    private final ActiveObjects ao;

    public AoTransactionRunner(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return UnitOfWork.run(ao, work);
    }
}
