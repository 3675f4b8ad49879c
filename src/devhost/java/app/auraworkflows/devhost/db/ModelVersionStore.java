package app.auraworkflows.devhost.db;

import com.atlassian.activeobjects.external.ModelVersion;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * The Active Objects model version of each {@code <ao>} namespace, in {@code DEVHOST_AO_MODEL_VERSION}
 * (the AO plugin keeps it in plugin settings, keyed by the table prefix, which is derived from the
 * namespace). A namespace never upgraded is at version 0, as in the AO plugin.
 */
public final class ModelVersionStore {

    private final HostDatabase db;

    public ModelVersionStore(HostDatabase db) {
        this.db = db;
    }

    public ModelVersion get(String namespace) {
        String stored = db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT MODEL_VERSION FROM DEVHOST_AO_MODEL_VERSION WHERE NAMESPACE = ?")) {
                ps.setString(1, namespace);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
        return ModelVersion.valueOf(stored);
    }

    public void set(String namespace, ModelVersion version) {
        db.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE DEVHOST_AO_MODEL_VERSION SET MODEL_VERSION = ? WHERE NAMESPACE = ?")) {
                update.setString(1, version.toString());
                update.setString(2, namespace);
                if (update.executeUpdate() > 0) {
                    return null;
                }
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO DEVHOST_AO_MODEL_VERSION (NAMESPACE, MODEL_VERSION) VALUES (?, ?)")) {
                insert.setString(1, namespace);
                insert.setString(2, version.toString());
                insert.executeUpdate();
            }
            return null;
        });
    }
}
