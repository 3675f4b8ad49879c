package com.atlassian.confluence.pages;

/**
 * Host-API declaration (Confluence 10, compile-only): a page. The real class also implements
 * {@code Hierarchical<Page>} and {@code ContentConvertible} (parent, children, position); not declared.
 */
public class Page extends AbstractPage {
    private static final long serialVersionUID = 1L;

    public Page() {
    }
}
