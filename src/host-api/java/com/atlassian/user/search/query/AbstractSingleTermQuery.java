package com.atlassian.user.search.query;

import com.atlassian.user.Entity;

/**
 * Host-API declaration (atlassian-user, compile-only); a value class, so it carries its state and refuses a
 * matching rule that is not one of the {@link TermQuery} constants, as the real constructor does.
 */
public class AbstractSingleTermQuery<T extends Entity> implements TermQuery<T> {
    protected String matchingRule;
    protected boolean matchingSubstring;
    protected String term;

    public AbstractSingleTermQuery(String term) {
        this.term = term;
    }

    public AbstractSingleTermQuery(String term, String matchingRule) {
        this.term = term;
        // identity, not equals, as atlassian-user compares: only the TermQuery constants themselves are accepted
        if (matchingRule != SUBSTRING_CONTAINS && matchingRule != SUBSTRING_ENDS_WITH && matchingRule != SUBSTRING_STARTS_WITH) {
            throw new IllegalArgumentException("Invalid substring matching rule - please use " + Query.class.getName()
                    + "SUBSTRING_CONTAINS, SUBSTRING_ENDS_WITH, or SUBSTRING_STARTS_WITH");
        }
        this.matchingRule = matchingRule;
        this.matchingSubstring = true;
    }

    @Override
    public String getTerm() { return term; }

    @Override
    public String getMatchingRule() { return matchingRule; }

    @Override
    public boolean isMatchingSubstring() { return matchingSubstring; }
}
