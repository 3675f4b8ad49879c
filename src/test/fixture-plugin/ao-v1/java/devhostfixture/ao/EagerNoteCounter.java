package devhostfixture.ao;

import com.atlassian.activeobjects.external.ActiveObjects;

/** A component that wrongly uses Active Objects in its constructor (listed as a component only by one test). */
public class EagerNoteCounter {
    private final int count;

    public EagerNoteCounter(ActiveObjects ao) {
        this.count = ao.count(FixtureNote.class);
    }

    public int count() {
        return count;
    }
}
