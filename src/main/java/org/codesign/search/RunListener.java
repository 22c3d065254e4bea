package org.codesign.search;

/** Receives a snapshot after every step and a final one; called on the run's thread (GUIs must marshal). */
@FunctionalInterface
public interface RunListener {
    void onSnapshot(RunSnapshot snapshot);
}
