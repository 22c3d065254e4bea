package org.codesign.study.store;

import java.util.List;

/**
 * One step of the schema: the statements that take a store from {@code version - 1} to
 * {@code version}, applied in one transaction together with {@code PRAGMA user_version}.
 *
 * @param why what the step adds, for the changelog in docs/STORE.md
 */
record Migration(int version, String why, List<String> statements) {
    Migration {
        if (version < 1) {
            throw new IllegalArgumentException("version: migrations start at 1, got " + version);
        }
        statements = List.copyOf(statements);
    }
}
