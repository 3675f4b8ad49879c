package com.atlassian.confluence.core;

import java.io.Serializable;

/**
 * Host-API declaration (Confluence 10, compile-only): the base class of content (pages, blog posts,
 * comments, ...). Declared without members: only its type is needed, as the return type of
 * {@code ConversionContext.getEntity()}; the members the app uses are declared on
 * {@link com.atlassian.confluence.pages.AbstractPage}, which the real class hierarchy places below this one.
 */
public abstract class ContentEntityObject implements Serializable {
    private static final long serialVersionUID = 1L;
}
