package app.auraworkflows.devhost;

import app.auraworkflows.devhost.db.HostDatabase;
import com.atlassian.activeobjects.external.ActiveObjects;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import net.java.ao.RawEntity;

/**
 * {@link PluginActiveObjectsFactory} over {@code app.auraworkflows.devhost.ao.DevActiveObjects}
 * (written alongside the Active Objects store), found reflectively so this harness compiles and runs
 * before that class is merged: {@code DevActiveObjects.create(DevDatabase, String, Class...)} with
 * {@code record DevDatabase(String jdbcUrl, String user, String password)}. Once both live on one
 * branch this can become a direct call.
 */
public final class DevActiveObjectsBridge implements PluginActiveObjectsFactory {

    static final String FACTORY = "app.auraworkflows.devhost.ao.DevActiveObjects";
    static final String DATABASE = "app.auraworkflows.devhost.ao.DevDatabase";

    private final HostDatabase db;

    public DevActiveObjectsBridge(HostDatabase db) {
        this.db = db;
    }

    /** True when the Active Objects implementation is on the classpath. */
    public static boolean available() {
        try {
            Class.forName(FACTORY, false, DevActiveObjectsBridge.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Override
    public ActiveObjects create(String namespace, List<Class<? extends RawEntity<?>>> entities) {
        try {
            ClassLoader cl = DevActiveObjectsBridge.class.getClassLoader();
            Class<?> dbType = Class.forName(DATABASE, true, cl);
            Object devDb = dbType.getConstructor(String.class, String.class, String.class)
                    .newInstance(db.jdbcUrl(), db.user(), db.password());
            Method create = Class.forName(FACTORY, true, cl).getMethod("create", dbType, String.class, Class[].class);
            Object array = Array.newInstance(Class.class, entities.size());
            for (int i = 0; i < entities.size(); i++) {
                Array.set(array, i, entities.get(i));
            }
            return (ActiveObjects) create.invoke(null, devDb, namespace, array);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Active Objects failed for namespace " + namespace + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Active Objects implementation " + FACTORY + " is not usable: " + e, e);
        }
    }
}
