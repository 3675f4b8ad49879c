package app.auraworkflows.approval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The preassigned reviewers of an approval transition: named users (usernames) and groups (group names).
 * Names are trimmed; blanks are kept (the validator reports them) and duplicates (ignoring case) dropped.
 *
 * @param users  usernames; resolved to users when a page enters the approval state
 * @param groups group names; membership is checked live when someone votes
 */
public record Reviewers(List<String> users, List<String> groups) {
    public static final Reviewers NONE = new Reviewers(List.of(), List.of());

    public Reviewers {
        users = normalise(users);
        groups = normalise(groups);
    }

    public static Reviewers users(String... usernames) {
        return new Reviewers(List.of(usernames), List.of());
    }

    public static Reviewers groups(String... groupNames) {
        return new Reviewers(List.of(), List.of(groupNames));
    }

    public boolean isEmpty() {
        return users.isEmpty() && groups.isEmpty();
    }

    private static List<String> normalise(List<String> names) {
        if (names == null) {
            return List.of();
        }
        Map<String, String> unique = new LinkedHashMap<>();
        List<String> blanks = new ArrayList<>();
        for (String name : names) {
            String trimmed = name == null ? "" : name.strip();
            if (trimmed.isEmpty()) {
                blanks.add("");
            } else {
                unique.putIfAbsent(trimmed.toLowerCase(Locale.ROOT), trimmed);
            }
        }
        List<String> result = new ArrayList<>(unique.values());
        result.addAll(blanks);
        return List.copyOf(result);
    }
}
