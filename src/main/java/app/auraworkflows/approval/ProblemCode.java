package app.auraworkflows.approval;

/**
 * What {@link WorkflowValidator} can find wrong with a workflow. The engine emits the code and its arguments
 * ({@link Problem#args()}) only; the words are the presentation's: {@code rest/WorkflowProblems} derives the i18n key
 * from the code and the bundle holds the text, in the user's language.
 */
public enum ProblemCode {
    NAME_MISSING,
    NAME_TOO_LONG,
    /** Workflow names are unique, ignoring case: people choose a workflow by its name. */
    NAME_DUPLICATE,
    DESCRIPTION_TOO_LONG,
    STATES_TOO_MANY,
    TRANSITIONS_TOO_MANY,
    STATES_MISSING,
    STATE_KEY_MISSING,
    STATE_KEY_DUPLICATE,
    STATE_KEY_TOO_LONG,
    STATE_KEY_INVALID,
    STATE_NAME_MISSING,
    STATE_NAME_TOO_LONG,
    STATE_COLOUR_TOO_LONG,
    STATE_IN_USE,
    INITIAL_STATE_MISSING,
    INITIAL_STATE_UNKNOWN,
    TRANSITION_KEY_MISSING,
    TRANSITION_KEY_DUPLICATE,
    TRANSITION_KEY_TOO_LONG,
    TRANSITION_KEY_INVALID,
    TRANSITION_TYPE_UNKNOWN,
    /** Any text of the definition: C0 control characters and DEL are refused (see {@code TextPolicy}). */
    TEXT_CONTROL_CHARACTER,
    FROM_STATE_MISSING,
    FROM_STATE_UNKNOWN,
    TO_STATE_MISSING,
    TO_STATE_UNKNOWN,
    APPROVE_TARGET_MISSING,
    APPROVE_TARGET_UNKNOWN,
    REJECT_TARGET_MISSING,
    REJECT_TARGET_UNKNOWN,
    MIN_APPROVALS_BELOW_ONE,
    MIN_REJECTIONS_BELOW_ONE,
    REVIEWERS_MISSING,
    APPROVE_LABEL_TOO_LONG,
    REJECT_LABEL_TOO_LONG,
    SELECTION_LABEL_TOO_LONG,
    REVIEWER_NAME_BLANK,
    REVIEWER_NAME_TOO_LONG,
    REVIEWERS_TOO_MANY,
    /**
     * Error: a selection out of a state with a "Require 2FA" approval straight to that approval's approve
     * target would let any page editor reach the approved state without a signed (2FA-verified) vote.
     */
    SELECTION_SKIPS_TWO_FACTOR,
    /** Warning: the same shortcut past an approval without "Require 2FA": allowed, but probably not meant. */
    SELECTION_SKIPS_APPROVAL,
    /** Error: the same shortcut taken by a page edit: any editor could skip the signatures by editing. */
    EDIT_SKIPS_TWO_FACTOR,
    /** Warning: a page edit past an approval without "Require 2FA": allowed, but probably not meant. */
    EDIT_SKIPS_APPROVAL,
    EDIT_ALREADY_FROM_STATE,
    /** Error: a named user who does not exist or is deactivated would be left out of every round. */
    REVIEWER_USER_UNKNOWN,
    /** Error: a group that does not exist has no members who could review. */
    REVIEWER_GROUP_UNKNOWN,
    /** Warning: none of the named users and groups exists, so nobody can ever vote on the step. */
    REVIEWERS_NONE_EXIST,
    APPROVAL_ALREADY_FROM_STATE,
    /** Warning: with no group named, the round can never collect enough approvals. */
    MIN_APPROVALS_ABOVE_NAMED_USERS,
    /** Warning: with no group named, the round can never collect enough rejections. */
    MIN_REJECTIONS_ABOVE_NAMED_USERS;
}
