package app.auraworkflows.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Active Objects row recording one consumed TOTP time step of a user (table {@code AO_<hash>_TFA_USED_STEP}).
 *
 * <p>Replay protection rests on {@code USER_STEP} ({@code "<userKey>:<step>"}) being UNIQUE: AO 3.2.11
 * has no composite unique constraint, so the pair is folded into one column. Whatever the isolation
 * level and however many nodes race, the database lets exactly one insert of a step succeed.
 */
@Preload
@Table("TFA_USED_STEP")
public interface AOUsedStep extends Entity {
    @NotNull
    @Unique
    String getUserStep();

    void setUserStep(String userStep);

    @NotNull
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    long getStep();

    void setStep(long step);
}
