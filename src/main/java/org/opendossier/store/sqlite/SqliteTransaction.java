package org.opendossier.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.opendossier.store.ActorRepository;
import org.opendossier.store.ChangeLog;
import org.opendossier.store.ClaimRepository;
import org.opendossier.store.DossierRepository;
import org.opendossier.store.SourceRepository;
import org.opendossier.store.StoreTransaction;

/** One open transaction; prepares each statement once, however many rows it writes. */
final class SqliteTransaction implements StoreTransaction, AutoCloseable {
    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private SqliteSourceRepository sources;
    private SqliteChangeLog changes;
    private SqliteActorRepository actors;
    private SqliteClaimRepository claims;
    private SqliteDossierRepository dossiers;

    SqliteTransaction(Connection connection) {
        this.connection = connection;
    }

    PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement st = statements.get(sql);
        if (st == null) {
            st = connection.prepareStatement(sql);
            statements.put(sql, st);
        }
        return st;
    }

    @Override
    public SourceRepository sources() {
        if (sources == null) {
            sources = new SqliteSourceRepository(this);
        }
        return sources;
    }

    @Override
    public ActorRepository actors() {
        if (actors == null) {
            actors = new SqliteActorRepository(this);
        }
        return actors;
    }

    @Override
    public ClaimRepository claims() {
        if (claims == null) {
            claims = new SqliteClaimRepository(this);
        }
        return claims;
    }

    @Override
    public DossierRepository dossiers() {
        if (dossiers == null) {
            dossiers = new SqliteDossierRepository(this);
        }
        return dossiers;
    }

    @Override
    public ChangeLog changes() {
        if (changes == null) {
            changes = new SqliteChangeLog(this);
        }
        return changes;
    }

    @Override
    public void close() {
        for (PreparedStatement st : statements.values()) {
            try {
                st.close();
            } catch (SQLException ignored) {
                // closing a statement cannot lose data; the transaction outcome is already decided
            }
        }
    }
}
