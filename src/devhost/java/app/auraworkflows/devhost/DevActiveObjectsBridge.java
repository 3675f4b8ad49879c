package app.auraworkflows.devhost;

import app.auraworkflows.devhost.ao.DevActiveObjects;
import app.auraworkflows.devhost.ao.DevDatabase;
import app.auraworkflows.devhost.db.HostDatabase;
import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.List;
import net.java.ao.RawEntity;

/**
 * {@link PluginActiveObjectsFactory} over {@link DevActiveObjects} on the host's database: a plugin's Active Objects
 * tables live in the same database as the host's own tables, as they do in Confluence.
 */
public final class DevActiveObjectsBridge implements PluginActiveObjectsFactory {

    private final HostDatabase db;

    public DevActiveObjectsBridge(HostDatabase db) {
        this.db = db;
    }

    @Override
    @SuppressWarnings("unchecked")
    public ActiveObjects create(String namespace, List<Class<? extends RawEntity<?>>> entities) {
        return DevActiveObjects.createOnHostDatabase(new DevDatabase(db.jdbcUrl(), db.user(), db.password()),
                namespace, entities.toArray(new Class[0]));
    }
}
