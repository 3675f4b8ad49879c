package app.auraworkflows.store;

import app.auraworkflows.approval.ApprovalTransition;
import app.auraworkflows.approval.EditTransition;
import app.auraworkflows.approval.Reviewers;
import app.auraworkflows.approval.SelectionTransition;
import app.auraworkflows.approval.WorkflowDefinition;
import app.auraworkflows.approval.WorkflowState;
import app.auraworkflows.approval.WorkflowTransition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored form of a {@link WorkflowDefinition} (the {@code DEFINITION_JSON} column of {@link AOWorkflow}),
 * shaped like the REST definition JSON (docs/workflow-builder.md):
 * <pre>{@code
 * {"format":1,"name":"..","description":"..","initialState":"draft",
 *  "states":[{"key":"draft","name":"Draft","colour":"#6B778C"}],
 *  "transitions":[{"key":"review","type":"APPROVAL","from":"in-review","approveTo":"published",
 *                  "rejectTo":"draft","reviewers":{"users":[],"groups":["reviewers"]},"minApprovals":1,
 *                  "minRejections":1,"requireAll":false,"approveLabel":null,"rejectLabel":null,
 *                  "requireTwoFactor":false},
 *                 {"key":"submit","type":"SELECTION","from":"draft","to":"in-review"},
 *                 {"key":"edit-in-review","type":"PAGE_EDIT","from":"in-review","to":"draft"}]}
 * }</pre>
 * {@code "excludeAuthors":true} ("Reviewers cannot approve their own changes") is written only when on and
 * a missing member reads as off.
 * Reading is lenient about members added later: a missing {@code requireTwoFactor} reads as false (so every
 * transition stored before "Require 2FA" existed stays unprotected), missing thresholds read as 1.
 */
public final class WorkflowDefinitionJson {
    static final int FORMAT = 1;

    private WorkflowDefinitionJson() {
    }

    /** The JSON text of a definition (its id is not part of it: the row id is). */
    public static String write(WorkflowDefinition d) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("name", d.name());
        root.put("description", d.description());
        root.put("initialState", d.initialState());
        List<Object> states = new ArrayList<>();
        for (WorkflowState s : d.states()) {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("key", s.key());
            state.put("name", s.name());
            state.put("colour", s.colour());
            states.add(state);
        }
        root.put("states", states);
        List<Object> transitions = new ArrayList<>();
        for (WorkflowTransition t : d.transitions()) {
            Map<String, Object> transition = new LinkedHashMap<>();
            transition.put("key", t.key());
            transition.put("type", t.kind().name());
            transition.put("from", t.from());
            if (t instanceof ApprovalTransition a) {
                transition.put("approveTo", a.approveTo());
                transition.put("rejectTo", a.rejectTo());
                Map<String, Object> reviewers = new LinkedHashMap<>();
                reviewers.put("users", new ArrayList<Object>(a.reviewers().users()));
                reviewers.put("groups", new ArrayList<Object>(a.reviewers().groups()));
                transition.put("reviewers", reviewers);
                transition.put("minApprovals", a.minApprovals());
                transition.put("minRejections", a.minRejections());
                transition.put("requireAll", a.requireAll());
                transition.put("approveLabel", a.approveLabel());
                transition.put("rejectLabel", a.rejectLabel());
                transition.put("requireTwoFactor", a.requireTwoFactor());
                if (a.excludeAuthors()) {
                    // Written only when on: a definition saved before the option (or with it off) is stored exactly
                    // as the current version writes it, so no upgrade task has to rewrite stored definitions.
                    transition.put("excludeAuthors", true);
                }
            } else if (t instanceof SelectionTransition s) {
                transition.put("to", s.to());
                if (s.label() != null) {
                    // Written only when set, like excludeAuthors: definitions saved without labels stay as they are.
                    transition.put("label", s.label());
                }
            } else if (t instanceof EditTransition e) {
                transition.put("to", e.to());
            }
            transitions.add(transition);
        }
        root.put("transitions", transitions);
        return JsonTree.write(root);
    }

    /**
     * Reads a stored definition and gives it {@code id}.
     *
     * @throws IllegalArgumentException if the text is not a definition
     */
    public static WorkflowDefinition read(long id, String text) {
        Map<String, Object> root = object(JsonTree.parse(text), "definition");
        List<WorkflowState> states = new ArrayList<>();
        for (Object item : list(root.get("states"))) {
            Map<String, Object> s = object(item, "state");
            states.add(new WorkflowState(string(s.get("key")), string(s.get("name")), string(s.get("colour"))));
        }
        List<WorkflowTransition> transitions = new ArrayList<>();
        for (Object item : list(root.get("transitions"))) {
            Map<String, Object> t = object(item, "transition");
            String type = string(t.get("type"));
            if ("APPROVAL".equals(type)) {
                Map<String, Object> reviewers = t.get("reviewers") == null ? Map.of() : object(t.get("reviewers"), "reviewers");
                transitions.add(new ApprovalTransition(string(t.get("key")), string(t.get("from")),
                        string(t.get("approveTo")), string(t.get("rejectTo")),
                        new Reviewers(strings(reviewers.get("users")), strings(reviewers.get("groups"))),
                        integer(t.get("minApprovals"), ApprovalTransition.DEFAULT_MIN_APPROVALS),
                        integer(t.get("minRejections"), ApprovalTransition.DEFAULT_MIN_REJECTIONS),
                        bool(t.get("requireAll")), string(t.get("approveLabel")), string(t.get("rejectLabel")),
                        bool(t.get("requireTwoFactor")), bool(t.get("excludeAuthors"))));
            } else if ("SELECTION".equals(type)) {
                transitions.add(new SelectionTransition(string(t.get("key")), string(t.get("from")),
                        string(t.get("to")), string(t.get("label"))));
            } else if ("PAGE_EDIT".equals(type)) {
                transitions.add(new EditTransition(string(t.get("key")), string(t.get("from")), string(t.get("to"))));
            } else {
                throw new IllegalArgumentException("unknown transition type " + type);
            }
        }
        return new WorkflowDefinition(id, string(root.get("name")), string(root.get("description")),
                string(root.get("initialState")), states, transitions);
    }

    /**
     * The stored text with an explicit {@code "requireTwoFactor":false} on every APPROVAL transition that has
     * no such member, or {@code null} there (model version 1, {@link RequireTwoFactorOffUpgradeTask}). Only
     * that member changes (a missing one is added at the end of the transition, where {@link #write} puts it;
     * a {@code null} becomes {@code false} in place): an existing {@code true} or {@code false}, unknown
     * members, member order and every other value stay as they were.
     * The text is edited as a JSON tree rather than read and written as a definition so that nothing this
     * version does not model is lost. Text that needs nothing is returned as it is (the same instance).
     *
     * @throws IllegalArgumentException if the text is not a definition this version can read
     */
    static String withExplicitRequireTwoFactor(String text) {
        Map<String, Object> root = object(JsonTree.parse(text), "definition");
        boolean added = false;
        for (Object item : list(root.get("transitions"))) {
            Map<String, Object> transition = object(item, "transition");
            if ("APPROVAL".equals(transition.get("type")) && transition.get("requireTwoFactor") == null) {
                transition.put("requireTwoFactor", Boolean.FALSE);
                added = true;
            }
        }
        if (!added) {
            read(0, text);
            return text;
        }
        String upgraded = JsonTree.write(root);
        read(0, upgraded);
        return upgraded;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String what) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException(what + " is not a JSON object");
    }

    private static List<?> list(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list;
        }
        throw new IllegalArgumentException("expected a JSON array");
    }

    private static List<String> strings(Object value) {
        List<String> result = new ArrayList<>();
        for (Object item : list(value)) {
            result.add(string(item));
        }
        return result;
    }

    private static String string(Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new IllegalArgumentException("expected a JSON string");
    }

    private static int integer(Object value, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).intValueExact(); // 2.0 is 2; 2.5 or 1e10 is refused
        }
        throw new IllegalArgumentException("expected a JSON number");
    }

    private static boolean bool(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        throw new IllegalArgumentException("expected true or false");
    }
}
