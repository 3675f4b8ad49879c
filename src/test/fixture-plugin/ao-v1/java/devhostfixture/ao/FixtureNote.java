package devhostfixture.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Table;

/** Model version 1 of the fixture's AO entity: a STATUS column is added, filled by NoteStatusUpgradeTask001. */
@Table("NOTE")
public interface FixtureNote extends Entity {
    String getText();
    void setText(String text);
    String getStatus();
    void setStatus(String status);
}
