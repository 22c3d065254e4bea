package org.codesign.study.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;

/** Opening the SQLite file of a store with the settings every connection needs. */
final class StoreFile {
    /** The first 16 bytes of every SQLite 3 database (sqlite.org/fileformat.html, "Magic Header String"). */
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /**
     * How long a writer waits for another writer's transaction: batches last milliseconds, an
     * import of a large study a few seconds; 30 s leaves a wide margin before giving up.
     */
    static final int BUSY_TIMEOUT_MS = 30_000;

    private StoreFile() {}

    static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** A connection to a migrated store; {@code mustExist}: refuse to create the file. */
    static Connection open(Path file, boolean mustExist) throws StoreException {
        String name = name(file);
        checkHeader(file, name, mustExist);
        SQLiteConfig config = new SQLiteConfig();
        // WAL: readers never block the writer and a killed writer loses only its open transaction.
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // NORMAL is crash-safe in WAL mode for a killed process (only power loss can drop the last commits).
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        Connection c = null;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            refuseForeign(c, name);
            Schema.migrate(c, name, Schema.MIGRATIONS);
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StoreException(name, "cannot be read as a study store: " + describe(e), e);
        } catch (StoreException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** Version 0 with tables is some other application's database: never add ours to it. */
    private static void refuseForeign(Connection c, String name) throws SQLException, StoreException {
        if (Schema.version(c) != 0) {
            return;
        }
        try (var s = c.createStatement();
                var rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
            if (rs.next() && rs.getInt(1) > 0) {
                throw new StoreException(name, "not a study store (an SQLite database of another application)");
            }
        }
    }

    private static void checkHeader(Path file, String name, boolean mustExist) throws StoreException {
        if (!Files.exists(file)) {
            if (mustExist) {
                throw new StoreException(name, "no such file");
            }
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(MAGIC.length);
            if (head.length == 0 && !mustExist) {
                return;
            }
            if (!Arrays.equals(head, MAGIC)) {
                throw new StoreException(name, "not a study store (the file is not an SQLite database)");
            }
        } catch (StoreException e) {
            throw e;
        } catch (IOException e) {
            throw new StoreException(name, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The driver's message without its "[SQLITE_CORRUPT]" prefix noise repeated. */
    static String describe(SQLException e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing: the first problem is the one to report
            }
        }
    }
}
