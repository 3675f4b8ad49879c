package com.atlassian.user;

import java.io.Serializable;

/** Host-API declaration (atlassian-user, compile-only). */
public interface Entity extends Serializable {
    String getName();
}
