package org.opendossier.store.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.opendossier.store.CaseStore;
import org.opendossier.store.StoreException;
import org.sqlite.SQLiteConfig;

/**
 * The case database in one SQLite file. One connection writes (behind a lock, so write transactions are
 * serialised); another reads, and in WAL mode reads see the last committed state while a write is open.
 */
public final class SqliteCaseStore implements CaseStore {
    private final Path file;
    private final String caseId;
    private final Connection writer;
    private final Connection reader;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ReentrantLock readLock = new ReentrantLock();

    private SqliteCaseStore(Path file, Connection writer, Connection reader, String caseId) {
        this.file = file;
        this.writer = writer;
        this.reader = reader;
        this.caseId = caseId;
    }

    /** Creates a new case database at {@code file}, which must not exist yet. */
    public static SqliteCaseStore create(Path file) throws StoreException {
        if (Files.exists(file)) {
            throw new StoreException("There is already a case database at " + file);
        }
        Connection writer = connect(file, SQLiteConfig.TransactionMode.IMMEDIATE);
        try {
            Migrations.migrate(writer, Migrations.LATEST);
            writer.setAutoCommit(false);
            try (PreparedStatement st = writer.prepareStatement("INSERT INTO case_info (key, value) VALUES (?, ?)")) {
                st.setString(1, "case_id");
                st.setString(2, UUID.randomUUID().toString());
                st.addBatch();
                st.setString(1, "created_at");
                st.setString(2, Times.format(Instant.now()));
                st.addBatch();
                st.executeBatch();
            }
            writer.commit();
            writer.setAutoCommit(true);
        } catch (SQLException e) {
            closeQuietly(writer);
            throw new StoreException("Cannot create the case database " + file + ": " + e.getMessage(), e);
        } catch (StoreException e) {
            closeQuietly(writer);
            throw e;
        }
        return finishOpen(file, writer);
    }

    /** Opens an existing case database, applying any migrations it has not had yet. */
    public static SqliteCaseStore open(Path file) throws StoreException {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("There is no case database at " + file);
        }
        Connection writer = connect(file, SQLiteConfig.TransactionMode.IMMEDIATE);
        try {
            Migrations.migrate(writer, Migrations.LATEST);
        } catch (StoreException e) {
            closeQuietly(writer);
            throw e;
        }
        return finishOpen(file, writer);
    }

    private static SqliteCaseStore finishOpen(Path file, Connection writer) throws StoreException {
        Connection reader = connect(file, SQLiteConfig.TransactionMode.DEFERRED);
        try {
            writer.setAutoCommit(false);
            reader.setAutoCommit(false);
            String caseId = readCaseId(reader);
            reader.commit();
            return new SqliteCaseStore(file, writer, reader, caseId);
        } catch (SQLException e) {
            closeQuietly(reader);
            closeQuietly(writer);
            throw new StoreException("Cannot read the case database " + file + ": " + e.getMessage(), e);
        }
    }

    private static String readCaseId(Connection connection) throws SQLException, StoreException {
        try (PreparedStatement st = connection.prepareStatement("SELECT value FROM case_info WHERE key = 'case_id'");
                ResultSet rs = st.executeQuery()) {
            if (!rs.next()) {
                throw new StoreException("The case database has no case id; it was not created by OpenDossier");
            }
            return rs.getString(1);
        }
    }

    private static Connection connect(Path file, SQLiteConfig.TransactionMode mode) throws StoreException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(30_000);
        config.setTransactionMode(mode);
        try {
            return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw new StoreException("Cannot open the case database " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String caseId() {
        return caseId;
    }

    /** The schema version of the open database ({@code PRAGMA user_version}). */
    public int schemaVersion() throws StoreException {
        return read(tx -> {
            try {
                return Migrations.version(reader);
            } catch (SQLException e) {
                throw new StoreException("Cannot read the schema version: " + e.getMessage(), e);
            }
        });
    }

    /** The value of a pragma on the writing connection; for diagnostics and tests. */
    String pragma(String name) throws StoreException {
        return write(tx -> {
            try (var st = writer.createStatement();
                    var rs = st.executeQuery("PRAGMA " + name)) {
                return rs.next() ? rs.getString(1) : null;
            } catch (SQLException e) {
                throw new StoreException("Cannot read pragma " + name + ": " + e.getMessage(), e);
            }
        });
    }

    @Override
    public <T> T read(Work<T> work) throws StoreException {
        return run(reader, readLock, work);
    }

    @Override
    public <T> T write(Work<T> work) throws StoreException {
        return run(writer, writeLock, work);
    }

    private <T> T run(Connection connection, ReentrantLock lock, Work<T> work) throws StoreException {
        if (lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("nested transactions are not supported");
        }
        lock.lock();
        try (SqliteTransaction tx = new SqliteTransaction(connection)) {
            T result;
            try {
                result = work.run(tx);
                connection.commit();
            } catch (StoreException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            } catch (SQLException e) {
                rollback(connection, e);
                throw new StoreException("The case database refused the change: " + e.getMessage(), e);
            }
            return result;
        } finally {
            lock.unlock();
        }
    }

    private static void rollback(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void close() throws StoreException {
        writeLock.lock();
        readLock.lock();
        try {
            reader.close();
            writer.close();
        } catch (SQLException e) {
            throw new StoreException("Cannot close the case database " + file + ": " + e.getMessage(), e);
        } finally {
            readLock.unlock();
            writeLock.unlock();
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already failing; the first error is the one to report
        }
    }
}
