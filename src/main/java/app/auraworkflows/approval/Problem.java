package app.auraworkflows.approval;

import java.util.List;

/**
 * One problem found in a workflow definition, tied to the field it is about so the builder can show it
 * next to that field.
 *
 * @param severity ERROR (the workflow cannot be saved) or WARNING (it can, but probably not as meant)
 * @param field    path of the field, e.g. {@code initialState}, {@code states[2].key},
 *                 {@code transitions[0].minApprovals}, {@code transitions[1].reviewers.users[3]}
 * @param code     what is wrong
 * @param args     arguments of the message, in placeholder order
 */
public record Problem(Severity severity, String field, ProblemCode code, List<String> args) {
    public enum Severity { ERROR, WARNING }

    public Problem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Problem error(String field, ProblemCode code, Object... args) {
        return new Problem(Severity.ERROR, field, code, strings(args));
    }

    public static Problem warning(String field, ProblemCode code, Object... args) {
        return new Problem(Severity.WARNING, field, code, strings(args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * Arguments are often keys or names the client sent; a refused value (up to a request's size) is echoed
     * only in part, so a 400 never carries the oversized input back once per problem.
     */
    private static List<String> strings(Object... args) {
        return java.util.Arrays.stream(args).map(String::valueOf).map(Problem::shortened).toList();
    }

    private static String shortened(String arg) {
        int max = DefinitionLimits.MAX_ECHOED;
        return arg.length() <= max ? arg : arg.substring(0, max - 1) + "\u2026";
    }
}
