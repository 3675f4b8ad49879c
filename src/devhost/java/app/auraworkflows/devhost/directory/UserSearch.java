package app.auraworkflows.devhost.directory;

import com.atlassian.crowd.embedded.api.SearchRestriction;
import com.atlassian.crowd.search.query.entity.restriction.BooleanRestriction;
import com.atlassian.crowd.search.query.entity.restriction.MatchMode;
import com.atlassian.crowd.search.query.entity.restriction.PropertyRestriction;
import com.atlassian.user.search.query.BooleanQuery;
import com.atlassian.user.search.query.EmailTermQuery;
import com.atlassian.user.search.query.FullNameTermQuery;
import com.atlassian.user.search.query.Query;
import com.atlassian.user.search.query.TermQuery;
import com.atlassian.user.search.query.UserNameTermQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Translates atlassian-user search queries ({@link UserNameTermQuery}, {@link FullNameTermQuery},
 * {@link EmailTermQuery}, combined with {@code MultiTermBooleanQuery.anyOf/allOf}) into a SQL
 * condition over {@code DEVHOST_USER}. Matching is case-insensitive like Confluence's directory:
 * {@code contains}, {@code starts_with}, {@code ends_with}, the {@code *} wildcard term, or an exact
 * (case-insensitive) match when no substring rule is given.
 *
 * <p>Also translates Crowd search restrictions ({@code Restriction.on(UserTermKeys.X).startingWith(v)},
 * OR-combined with {@code Combine.anyOf}) into {@link Prefix} ranges over the lower-case, indexed search
 * columns, which {@link UserStore#searchByPrefix} reads with a LIMIT.
 */
public final class UserSearch {

    /** A SQL condition and its positional parameters. */
    public record Sql(String sql, List<Object> params) {
    }

    /** "Column starts with this lower-case text". */
    public record Prefix(String column, String lowerCasePrefix) {
    }

    private UserSearch() {
    }

    /**
     * The prefix ranges of a Crowd user restriction: a STARTS_WITH on username, display name, last name or
     * e-mail, or an OR of those. Anything else is refused, so a plugin query the dev host would answer
     * differently from Confluence fails loudly instead.
     */
    public static List<Prefix> prefixes(SearchRestriction restriction) {
        List<Prefix> out = new ArrayList<>();
        collect(restriction, out);
        return out;
    }

    private static void collect(SearchRestriction restriction, List<Prefix> out) {
        if (restriction instanceof BooleanRestriction bool
                && bool.getBooleanLogic() == BooleanRestriction.BooleanLogic.OR) {
            for (SearchRestriction r : bool.getRestrictions()) {
                collect(r, out);
            }
            return;
        }
        if (restriction instanceof PropertyRestriction<?> term && term.getMatchMode() == MatchMode.STARTS_WITH
                && term.getValue() instanceof String value) {
            String column = switch (term.getProperty().getPropertyName()) {
                case "name" -> "USERNAME";
                case "displayName" -> "LOWER_FULL_NAME";
                case "lastName" -> "LOWER_LAST_NAME";
                case "email" -> "LOWER_EMAIL";
                default -> throw new IllegalArgumentException("Unsupported user property " + term.getProperty());
            };
            out.add(new Prefix(column, value.strip().toLowerCase(Locale.ROOT)));
            return;
        }
        throw new IllegalArgumentException("Unsupported Crowd restriction " + restriction);
    }

    public static Sql toSql(Query<?> query) {
        List<Object> params = new ArrayList<>();
        String sql = visit(query, params);
        return new Sql(sql, params);
    }

    private static String visit(Query<?> query, List<Object> params) {
        if (query instanceof BooleanQuery<?> bool) {
            List<String> parts = new ArrayList<>();
            for (Query<?> q : bool.getQueries()) {
                parts.add(visit(q, params));
            }
            if (parts.isEmpty()) {
                return bool.isAND() ? "1=1" : "1=0";
            }
            return "(" + String.join(bool.isAND() ? " AND " : " OR ", parts) + ")";
        }
        if (query instanceof TermQuery<?> term) {
            String column = column(term);
            String value = term.getTerm() == null ? "" : term.getTerm().toLowerCase(Locale.ROOT);
            if (TermQuery.WILDCARD.equals(value)) {
                return "1=1";
            }
            if (!term.isMatchingSubstring() || term.getMatchingRule() == null) {
                params.add(value);
                return "LOWER(" + column + ") = ?";
            }
            String escaped = escapeLike(value);
            params.add(switch (term.getMatchingRule()) {
                case TermQuery.SUBSTRING_STARTS_WITH -> escaped + "%";
                case TermQuery.SUBSTRING_ENDS_WITH -> "%" + escaped;
                case TermQuery.SUBSTRING_CONTAINS -> "%" + escaped + "%";
                default -> throw new IllegalArgumentException("Unknown matching rule " + term.getMatchingRule());
            });
            return "LOWER(" + column + ") LIKE ? ESCAPE '\\'";
        }
        throw new IllegalArgumentException("Unsupported user query " + query.getClass().getName());
    }

    private static String column(TermQuery<?> term) {
        if (term instanceof UserNameTermQuery) {
            return "USERNAME";
        }
        if (term instanceof FullNameTermQuery) {
            return "FULL_NAME";
        }
        if (term instanceof EmailTermQuery) {
            return "EMAIL";
        }
        throw new IllegalArgumentException("Unsupported term query " + term.getClass().getName());
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
