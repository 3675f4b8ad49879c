package com.atlassian.user.search.query;

import com.atlassian.user.User;

/** Host-API declaration (atlassian-user, compile-only). */
public class FullNameTermQuery extends AbstractSingleTermQuery<User> implements UserQuery {
    public FullNameTermQuery(String term) { super(term); }
    public FullNameTermQuery(String term, String matchingRule) { super(term, matchingRule); }
}
