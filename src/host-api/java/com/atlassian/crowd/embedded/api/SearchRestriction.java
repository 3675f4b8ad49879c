package com.atlassian.crowd.embedded.api;

/** Host-API declaration (Crowd embedded API, compile-only): marker of a search restriction. */
public interface SearchRestriction {
}
