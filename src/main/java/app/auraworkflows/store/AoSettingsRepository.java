package app.auraworkflows.store;

import app.auraworkflows.twofactor.SettingsRepository;
import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/**
 * {@link SettingsRepository} on Active Objects ({@link AOSetting}): administrator settings in the database,
 * shared by all cluster nodes.
 *
 * <p>Saving updates the row if there is one and inserts it otherwise. Two administrators saving the same setting
 * for the first time at the same moment on two nodes: one insert fails on the UNIQUE name and that save fails
 * (the administrator sees an error and saves again); it never leaves two values.
 */
@Component
public class AoSettingsRepository implements SettingsRepository {
    private final ActiveObjects ao;

    public AoSettingsRepository(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public Optional<String> find(String name) {
        AOSetting[] rows = ao.find(AOSetting.class, Query.select().where("NAME = ?", name));
        return rows.length == 0 ? Optional.empty() : Optional.ofNullable(rows[0].getValue());
    }

    @Override
    public void save(String name, String value) {
        ao.executeInTransaction(() -> {
            AOSetting[] rows = ao.find(AOSetting.class, Query.select().where("NAME = ?", name));
            if (rows.length == 0) {
                ao.create(AOSetting.class, new DBParam("NAME", name), new DBParam("VALUE", StoreText.recorded("VALUE", value)));
            } else {
                rows[0].setValue(StoreText.recorded("VALUE", value));
                rows[0].save();
            }
            return null;
        });
    }
}
