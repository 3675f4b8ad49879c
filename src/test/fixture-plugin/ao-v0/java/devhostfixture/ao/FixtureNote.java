package devhostfixture.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Table;

/** Model version 0 of the fixture's AO entity: text only. */
@Table("NOTE")
public interface FixtureNote extends Entity {
    String getText();
    void setText(String text);
}
