package app.auraworkflows.store;

import app.auraworkflows.approval.Reviewer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Role: the text form of an open round's reviewers kept on its instance row ({@link AOPageInstance#getRoundReviewers()}),
 * a JSON object {@code {"round":n,"users":[{"key","username","fullName"}...],"groups":[...]}}. The round number is
 * stored with it so that a copy left from an earlier round is never taken for the current one.
 */
final class RoundReviewersText {

    /** The reviewers of one round as stored. */
    record Decoded(int round, List<Reviewer> users, List<String> groups) {
    }

    private RoundReviewersText() {
    }

    static String encode(int round, List<Reviewer> users, List<String> groups) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("round", round);
        List<Object> named = new ArrayList<>();
        for (Reviewer r : users) {
            Map<String, Object> user = new LinkedHashMap<>();
            user.put("key", r.userKey());
            user.put("username", r.username());
            user.put("fullName", r.fullName());
            named.add(user);
        }
        root.put("users", named);
        root.put("groups", new ArrayList<Object>(groups));
        return JsonTree.write(root);
    }

    /** The stored reviewers, or null when the text is absent or not in this form (the rows are read instead). */
    static Decoded decode(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            Map<?, ?> root = (Map<?, ?>) JsonTree.parse(text);
            int round = ((Number) root.get("round")).intValue();
            List<Reviewer> users = new ArrayList<>();
            for (Object o : (List<?>) root.get("users")) {
                Map<?, ?> u = (Map<?, ?>) o;
                users.add(new Reviewer((String) u.get("key"), (String) u.get("username"), (String) u.get("fullName")));
            }
            List<String> groups = new ArrayList<>();
            for (Object g : (List<?>) root.get("groups")) {
                groups.add((String) g);
            }
            return new Decoded(round, List.copyOf(users), List.copyOf(groups));
        } catch (RuntimeException unreadable) {
            // ClassCastException / NullPointerException / IllegalArgumentException from a text not written here:
            // the reviewer rows are the record, so fall back to them rather than fail the page view
            return null;
        }
    }
}
