package app.auraworkflows.approval;

/** The kinds of transitions this engine runs. */
public enum TransitionKind {
    /** Reviewers vote; the page moves to the approve or the reject target when a threshold is met. */
    APPROVAL,
    /** A page editor moves the page to the transition's target. */
    SELECTION,
    /** Editing the page's content (a new page version) moves the page to the transition's target. */
    PAGE_EDIT
}
