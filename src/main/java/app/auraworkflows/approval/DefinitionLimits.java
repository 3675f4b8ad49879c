package app.auraworkflows.approval;

import app.auraworkflows.text.TextPolicy;

import java.util.regex.Pattern;

/**
 * Role: the size limits of a workflow definition, in one place, enforced by {@link WorkflowValidator}.
 *
 * <p>Why limits at all: every signed-in user loads the list of workflows (names, descriptions and states) when
 * adding a workflow to a page, and every page panel reads its definition. Without bounds one admin request
 * (a megabyte name, tens of thousands of states or reviewer names) makes that list megabytes large for
 * everyone. The numbers are far above what a readable diagram needs. They are documented in
 * docs/workflow-builder.md; the Builder's {@code maxlength} attributes use the same numbers.
 */
public final class DefinitionLimits {
    /** Characters of the workflow name (after trimming). */
    public static final int MAX_NAME = TextPolicy.MAX_STORED;
    /** Characters of the description (after trimming). */
    public static final int MAX_DESCRIPTION = 2000;
    /** Characters of a state key or a transition key. */
    public static final int MAX_KEY = 64;
    /** Characters of a state name, of an approval's approve/reject label and of a selection's button label. */
    public static final int MAX_LABEL = 100;
    /** Characters of a state colour (a {@code #RRGGBB} value needs 7). */
    public static final int MAX_COLOUR = 32;
    /** States of one workflow. */
    public static final int MAX_STATES = 50;
    /** Transitions of one workflow. */
    public static final int MAX_TRANSITIONS = 200;
    /** Reviewers of one approval transition: named users and groups together. */
    public static final int MAX_REVIEWERS = 100;
    /** Characters of one reviewer name (user or group), as Confluence's own user and group names. */
    public static final int MAX_REVIEWER_NAME = TextPolicy.MAX_STORED;
    /** Longest argument (a key or name the client sent) echoed in a problem message: a refused value is not sent back whole. */
    public static final int MAX_ECHOED = 100;

    /**
     * State and transition keys: a letter or digit, then letters, digits, {@code -}, {@code _} or {@code .}.
     * Keys end up in history rows, URLs and element attributes, where spaces and markup have no business.
     */
    public static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private DefinitionLimits() {
    }
}
