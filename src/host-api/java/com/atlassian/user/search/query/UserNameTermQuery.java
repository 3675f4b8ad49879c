package com.atlassian.user.search.query;

import com.atlassian.user.User;

/** Host-API declaration (atlassian-user, compile-only). */
public class UserNameTermQuery extends AbstractSingleTermQuery<User> implements UserQuery {
    public UserNameTermQuery(String term) { super(term); }
    public UserNameTermQuery(String term, String matchingRule) { super(term, matchingRule); }
}
