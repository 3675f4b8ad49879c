package app.auraworkflows.rest;

import app.auraworkflows.approval.StateView;

/** A workflow state in REST answers: {@code {"key","name","colour","terminal"}}. */
public record StateDto(String key, String name, String colour, boolean terminal) {
    static StateDto of(StateView state) {
        return state == null ? null : new StateDto(state.key(), state.name(), state.colour(), state.terminal());
    }
}
