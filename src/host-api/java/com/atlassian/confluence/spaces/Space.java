package com.atlassian.confluence.spaces;

import java.io.Serializable;

/**
 * Host-API declaration (Confluence 10, compile-only): a space. Declared: the two constructors, key and
 * name with their setters (real bean properties of {@code Space}), {@code getUrlPath()}.
 *
 * <p>Deviations: the real class extends {@code ConfluenceEntityObject} (id, dates, creator) and carries
 * type, status, description, home page and permissions; none of that is declared. {@code equals} compares
 * keys case-insensitively (the real one also compares name, type and status); {@code toString} matches.
 */
public class Space implements Serializable {
    private static final long serialVersionUID = 1L;
    private String key;
    private String name;

    public Space() {
    }

    public Space(String spaceKey) {
        setKey(spaceKey);
    }

    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }

    /** {@code /display/KEY}, relative to the context path (personal spaces are not modelled). */
    public String getUrlPath() {
        return "/display/" + java.net.URLEncoder.encode(key == null ? "" : key, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Space other && key != null && key.equalsIgnoreCase(other.key);
    }

    @Override
    public int hashCode() {
        return key == null ? 0 : key.toLowerCase(java.util.Locale.ROOT).hashCode();
    }

    @Override
    public String toString() {
        return "Space{key='" + key + "'}";
    }
}
