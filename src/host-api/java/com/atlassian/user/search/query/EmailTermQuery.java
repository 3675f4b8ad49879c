package com.atlassian.user.search.query;

import com.atlassian.user.User;

/** Host-API declaration (atlassian-user, compile-only). */
public class EmailTermQuery extends AbstractSingleTermQuery<User> implements UserQuery {
    public EmailTermQuery(String term) { super(term); }
    public EmailTermQuery(String term, String matchingRule) { super(term, matchingRule); }
}
