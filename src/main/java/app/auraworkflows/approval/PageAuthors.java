package app.auraworkflows.approval;

import java.util.Set;

/**
 * Port: who wrote a page (implemented in {@code confluence/}): its creator and the editor of its current
 * version. "Reviewers cannot approve their own changes" refuses them a review.
 */
public interface PageAuthors {
    /** User keys of the page's creator and of the editor of its current version (empty for unknown pages). */
    Set<String> authorKeys(long pageId);
}
