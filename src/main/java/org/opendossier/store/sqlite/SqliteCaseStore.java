package org.opendossier.store.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.opendossier.store.CaseStore;
import org.opendossier.store.StoreException;
import org.sqlite.SQLiteConfig;

/**
 * The case database in one SQLite file. One connection writes (behind a lock, so write transactions are
 * serialised); a few others read, each used by one thread at a time. In WAL mode reads see the last
 * committed state while a write is open, so importing, indexing and browsing do not wait for each other.
 */
public final class SqliteCaseStore implements CaseStore {
    private final Path file;
    private final String caseId;
    private final Connection writer;
    private final List<Connection> readers;
    private final BlockingQueue<Connection> idleReaders;
    private final ReentrantLock writeLock = new ReentrantLock();
    /** Enough for the import workers, the indexer and the UI to read at the same time. */
    private static final int READERS = 4;

    private SqliteCaseStore(Path file, Connection writer, List<Connection> readers, String caseId) {
        this.file = file;
        this.writer = writer;
        this.readers = List.copyOf(readers);
        this.idleReaders = new ArrayBlockingQueue<>(readers.size(), false, readers);
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
        List<Connection> readers = new ArrayList<>();
        try {
            for (int i = 0; i < READERS; i++) {
                Connection reader = connect(file, SQLiteConfig.TransactionMode.DEFERRED);
                readers.add(reader);
                reader.setAutoCommit(false);
            }
            writer.setAutoCommit(false);
            String caseId = readCaseId(readers.getFirst());
            readers.getFirst().commit();
            return new SqliteCaseStore(file, writer, readers, caseId);
        } catch (SQLException e) {
            readers.forEach(SqliteCaseStore::closeQuietly);
            closeQuietly(writer);
            throw new StoreException("Cannot read the case database " + file + ": " + e.getMessage(), e);
        } catch (StoreException e) {
            readers.forEach(SqliteCaseStore::closeQuietly);
            closeQuietly(writer);
            throw e;
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
        return write(tx -> {
            try {
                return Migrations.version(writer);
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
        Connection reader;
        try {
            reader = idleReaders.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while waiting to read the case database", e);
        }
        try {
            return run(reader, work);
        } finally {
            idleReaders.add(reader);
        }
    }

    @Override
    public <T> T write(Work<T> work) throws StoreException {
        if (writeLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("nested write transactions are not supported");
        }
        writeLock.lock();
        try {
            return run(writer, work);
        } finally {
            writeLock.unlock();
        }
    }

    private <T> T run(Connection connection, Work<T> work) throws StoreException {
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
        try {
            // Waits for every reader to come back, so no transaction is cut off.
            for (int i = 0; i < readers.size(); i++) {
                idleReaders.take().close();
            }
            writer.close();
        } catch (SQLException e) {
            throw new StoreException("Cannot close the case database " + file + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while closing the case database " + file, e);
        } finally {
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
