package app.auraworkflows.rest;

/** Request bodies of the page workflow resource. */
public final class WorkflowRequests {
    private WorkflowRequests() {
    }

    /** {@code POST /pages/{pageId}/workflow}: {@code {"workflowId"}}. */
    public record Apply(Long workflowId) {
    }

    /** {@code POST /pages/{pageId}/transitions}: {@code {"transitionKey"}}. */
    public record Select(String transitionKey) {
    }

    /** {@code POST /pages/{pageId}/reviews}: {@code {"decision","comment","round","code"}}. */
    /**
     * A review. {@code pageVersion} is optional: the page version the reviewer was shown; when sent, a review of a
     * page edited since then is refused, so a signature is never recorded against content its signer did not see.
     */
    public record Review(String decision, String comment, Integer round, String code, Integer pageVersion) {
        @Override
        public String toString() {
            // An authenticator code must never reach a log line.
            return "Review[decision=" + decision + ", round=" + round + ", pageVersion=" + pageVersion
                    + ", code=" + (code == null ? "none" : "***") + "]";
        }
    }
}
