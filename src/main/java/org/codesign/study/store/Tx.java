package org.codesign.study.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Write transactions by hand, on a connection left in auto-commit. {@code BEGIN IMMEDIATE}
 * takes the write lock up front (waiting up to the busy timeout), so two writers never
 * deadlock upgrading a read lock; the JDBC driver's own non-auto-commit mode would re-open a
 * transaction after each commit and hold that lock between batches, starving other writers.
 */
final class Tx {
    interface Work<T> {
        T run() throws SQLException, StoreException;
    }

    private Tx() {}

    static <T> T write(Connection c, Work<T> work) throws SQLException, StoreException {
        return in(c, "BEGIN IMMEDIATE", work);
    }

    /** A read of several statements from one snapshot, even while other processes append. */
    static <T> T read(Connection c, Work<T> work) throws SQLException, StoreException {
        return in(c, "BEGIN DEFERRED", work);
    }

    private static <T> T in(Connection c, String begin, Work<T> work) throws SQLException, StoreException {
        try (Statement s = c.createStatement()) {
            s.execute(begin);
            boolean done = false;
            try {
                T result = work.run();
                s.execute("COMMIT");
                done = true;
                return result;
            } finally {
                if (!done) {
                    s.execute("ROLLBACK");
                }
            }
        }
    }
}
