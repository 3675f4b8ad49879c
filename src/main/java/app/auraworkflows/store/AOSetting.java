package app.auraworkflows.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Active Objects row of one administrator setting (table {@code AO_<hash>_SETTING}): a name and its text value,
 * in the database so that every cluster node reads the same value. {@code NAME} is UNIQUE, so there is at most
 * one value per setting.
 */
@Preload
@Table("SETTING")
public interface AOSetting extends Entity {
    @NotNull
    @Unique
    @StringLength(64)
    String getName();

    void setName(String name);

    String getValue();

    void setValue(String value);
}
