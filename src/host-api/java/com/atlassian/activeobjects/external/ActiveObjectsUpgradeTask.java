package com.atlassian.activeobjects.external;

/**
 * Host-API declaration (Active Objects plugin, compile-only): an {@code <upgradeTask>} of an
 * {@code <ao>} module. The AO plugin runs, in model-version order, every task whose
 * {@link #getModelVersion()} is newer than the stored model version of the module, before it migrates
 * the module's entities; the task migrates what it needs itself ({@code ao.migrate(...)}).
 */
public interface ActiveObjectsUpgradeTask {
    /** The model version the data has once this task has run. */
    ModelVersion getModelVersion();

    /** Upgrades the data from {@code currentVersion} to {@link #getModelVersion()}. */
    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
