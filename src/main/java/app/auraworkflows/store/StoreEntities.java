package app.auraworkflows.store;

import java.util.List;
import net.java.ao.RawEntity;

/**
 * The complete list of Active Objects entities of the plugin: what {@code <ao>} in
 * {@code atlassian-plugin.xml} must list and what the dev host migrates.
 */
public final class StoreEntities {
    /** Every entity class, in migration order. */
    public static final List<Class<? extends RawEntity<?>>> ALL = List.of(
            AOEnrolment.class,
            AOUsedStep.class,
            AOAttempt.class,
            AOWorkflow.class,
            AOPageInstance.class,
            AORoundReviewer.class,
            AOVote.class,
            AOHistory.class,
            AORoundClose.class,
            AOPageLock.class,
            AOAuditEvent.class,
            AOSetting.class,
            AOEnrolmentTally.class);

    private StoreEntities() {
    }

    /** {@link #ALL} as an array, for {@code ActiveObjects.migrate(...)}. */
    @SuppressWarnings("unchecked")
    public static Class<? extends RawEntity<?>>[] asArray() {
        return ALL.toArray(new Class[0]);
    }
}
