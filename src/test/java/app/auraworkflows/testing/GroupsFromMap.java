package app.auraworkflows.testing;

import app.auraworkflows.approval.GroupMembership;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Test stand-in for the host's group membership: group name → usernames, read live from the map the test changes
 * (as Confluence's membership is read live). Group names match without regard to case, as in Confluence.
 */
public final class GroupsFromMap implements GroupMembership {
    private final Map<String, Set<String>> members;

    public GroupsFromMap(Map<String, Set<String>> members) {
        this.members = members;
    }

    /** Nobody belongs to any group. */
    public static GroupsFromMap none() {
        return new GroupsFromMap(Map.of());
    }

    @Override
    public boolean isMember(String username, String groupName) {
        return groupsOf(username).contains(groupName.toLowerCase(Locale.ROOT));
    }

    @Override
    public Set<String> groupsOf(String username) {
        Set<String> names = new TreeSet<>();
        members.forEach((group, usernames) -> {
            if (usernames.contains(username)) {
                names.add(group.toLowerCase(Locale.ROOT));
            }
        });
        return names;
    }
}
