package app.auraworkflows.approval;

import java.util.Locale;

/**
 * What {@link WorkflowValidator} can find wrong with a workflow. Each code has a message key
 * ({@link #messageKey()}, e.g. {@code aura.workflow.problem.initial.state.unknown}) for the web layer to
 * translate with the problem's arguments, and an English default text with the same {@code {0}} placeholders
 * (for logs and REST clients without a bundle).
 */
public enum ProblemCode {
    NAME_MISSING("Enter a name for the workflow."),
    NAME_TOO_LONG("The name is longer than {0} characters."),
    /** Workflow names are unique, ignoring case: people choose a workflow by its name. */
    NAME_DUPLICATE("Another workflow is already called \"{0}\". Choose another name."),
    DESCRIPTION_TOO_LONG("The description is longer than {0} characters."),
    STATES_TOO_MANY("A workflow can have at most {0} states; this one has {1}."),
    TRANSITIONS_TOO_MANY("A workflow can have at most {0} transitions; this one has {1}."),
    STATES_MISSING("Add at least one state."),
    STATE_KEY_MISSING("Every state needs a key."),
    STATE_KEY_DUPLICATE("Another state already has the key \"{0}\"."),
    STATE_KEY_TOO_LONG("A state key can have at most {0} characters."),
    STATE_KEY_INVALID("The state key \"{0}\" must start with a letter or digit and contain only letters, digits, \"-\", \"_\" and \".\"."),
    STATE_NAME_MISSING("Enter a name for the state \"{0}\"."),
    STATE_NAME_TOO_LONG("A state name can have at most {0} characters."),
    STATE_COLOUR_TOO_LONG("A colour can have at most {0} characters."),
    STATE_IN_USE("Pages are in the state \"{0}\"; it cannot be removed."),
    INITIAL_STATE_MISSING("Choose the initial state."),
    INITIAL_STATE_UNKNOWN("The initial state \"{0}\" does not exist."),
    TRANSITION_KEY_MISSING("Every transition needs a key."),
    TRANSITION_KEY_DUPLICATE("Another transition already has the key \"{0}\"."),
    TRANSITION_KEY_TOO_LONG("A transition key can have at most {0} characters."),
    TRANSITION_KEY_INVALID("The transition key \"{0}\" must start with a letter or digit and contain only letters, digits, \"-\", \"_\" and \".\"."),
    TRANSITION_TYPE_UNKNOWN("Unknown transition type \"{0}\"."),
    /** Any text of the definition: C0 control characters and DEL are refused (see {@code TextPolicy}). */
    TEXT_CONTROL_CHARACTER("This text contains a control character (U+0000 to U+001F or U+007F); remove it."),
    FROM_STATE_MISSING("Choose the state this transition starts from."),
    FROM_STATE_UNKNOWN("The state \"{0}\" does not exist."),
    TO_STATE_MISSING("Choose the state this transition leads to."),
    TO_STATE_UNKNOWN("The state \"{0}\" does not exist."),
    APPROVE_TARGET_MISSING("Choose the state an approval leads to."),
    APPROVE_TARGET_UNKNOWN("The state \"{0}\" does not exist."),
    REJECT_TARGET_MISSING("Choose the state a rejection leads to."),
    REJECT_TARGET_UNKNOWN("The state \"{0}\" does not exist."),
    MIN_APPROVALS_BELOW_ONE("Min. approvals must be at least 1."),
    MIN_REJECTIONS_BELOW_ONE("Min. rejections must be at least 1."),
    REVIEWERS_MISSING("Add at least one reviewer (a user or a group)."),
    APPROVE_LABEL_TOO_LONG("A label can have at most {0} characters."),
    REJECT_LABEL_TOO_LONG("A label can have at most {0} characters."),
    REVIEWER_NAME_BLANK("A reviewer entry is empty."),
    REVIEWER_NAME_TOO_LONG("A reviewer name can have at most {0} characters."),
    REVIEWERS_TOO_MANY("An approval can have at most {0} reviewers (users and groups together); this one has {1}."),
    /**
     * Error: a selection out of a state with a "Require 2FA" approval straight to that approval's approve
     * target would let any page editor reach the approved state without a signed (2FA-verified) vote.
     */
    SELECTION_SKIPS_TWO_FACTOR("This selection leads from \"{0}\" straight to \"{1}\", where the approval \"{2}\" leads only with 2FA-verified votes: any page editor could skip the signatures. Choose another state or remove the selection."),
    /** Warning: the same shortcut past an approval without "Require 2FA": allowed, but probably not meant. */
    SELECTION_SKIPS_APPROVAL("This selection leads from \"{0}\" straight to \"{1}\", where the approval \"{2}\" leads: any page editor can skip the approval."),
    /** Error: the same shortcut taken by a page edit: any editor could skip the signatures by editing. */
    EDIT_SKIPS_TWO_FACTOR("An edit in \"{0}\" would move the page straight to \"{1}\", where the approval \"{2}\" leads only with 2FA-verified votes: any page editor could skip the signatures. Choose another state or remove the page-edit transition."),
    /** Warning: a page edit past an approval without "Require 2FA": allowed, but probably not meant. */
    EDIT_SKIPS_APPROVAL("An edit in \"{0}\" moves the page straight to \"{1}\", where the approval \"{2}\" leads: any page editor can skip the approval by editing."),
    EDIT_ALREADY_FROM_STATE("The state \"{0}\" already has a page-edit transition; a state can have only one."),
    /** Warning: a named user who does not exist or is deactivated is left out of every round. */
    REVIEWER_USER_UNKNOWN("There is no active user \"{0}\"; they cannot review."),
    /** Warning: a group that does not exist has no members who could review. */
    REVIEWER_GROUP_UNKNOWN("There is no group \"{0}\"; nobody can review through it."),
    /** Warning: none of the named users and groups exists, so nobody can ever vote on the step. */
    REVIEWERS_NONE_EXIST("None of the reviewers exists, so nobody can review this step."),
    APPROVAL_ALREADY_FROM_STATE("The state \"{0}\" already has an approval transition; a state can have only one."),
    /** Warning: with no group named, the round can never collect enough approvals. */
    MIN_APPROVALS_ABOVE_NAMED_USERS("Min. approvals ({0}) is more than the {1} named reviewers; add reviewers or a group."),
    /** Warning: with no group named, the round can never collect enough rejections. */
    MIN_REJECTIONS_ABOVE_NAMED_USERS("Min. rejections ({0}) is more than the {1} named reviewers; add reviewers or a group.");

    /**
     * Built from parts on purpose: the keys are derived from the codes, and the bundle's completeness test
     * scans code for complete key literals. The bundle lines for all codes are in docs/approval-rules.md.
     */
    private static final String KEY_PREFIX = String.join(".", "aura", "workflow", "problem") + ".";

    private final String defaultText;

    ProblemCode(String defaultText) {
        this.defaultText = defaultText;
    }

    /** The i18n key, {@code aura.workflow.problem.} + the code in lower case with dots. */
    public String messageKey() {
        return KEY_PREFIX + name().toLowerCase(Locale.ROOT).replace('_', '.');
    }

    /** English text with {@code {0}}, {@code {1}} placeholders for the problem's arguments. */
    public String defaultText() {
        return defaultText;
    }
}
