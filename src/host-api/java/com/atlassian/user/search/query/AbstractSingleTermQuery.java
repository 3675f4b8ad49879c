package com.atlassian.user.search.query;

import com.atlassian.user.Entity;

/** Host-API declaration (atlassian-user, compile-only); a value class, so it carries its state. */
public class AbstractSingleTermQuery<T extends Entity> implements TermQuery<T> {
    protected String matchingRule;
    protected boolean matchingSubstring;
    protected String term;

    public AbstractSingleTermQuery(String term) {
        this.term = term;
    }

    public AbstractSingleTermQuery(String term, String matchingRule) {
        this.term = term;
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
