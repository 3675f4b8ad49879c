package app.auraworkflows.twofactor;

/** Port: facts about the Confluence site (implemented in {@code confluence/}). */
public interface SiteInfo {
    /** The site title, used to label authenticator entries so users can tell sites apart. */
    String siteTitle();
}
