package org.opendossier.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendossier.model.Acquisition;
import org.opendossier.model.NewSource;
import org.opendossier.model.Source;
import org.opendossier.model.SourceSummary;

/** Sources and their acquisitions. Every change that search must see is appended to the change log. */
public interface SourceRepository {

    Optional<Long> idBySha256(String sha256) throws StoreException;

    /** Stores a new source with its first acquisition and records the change for the index. */
    long insert(NewSource source, Acquisition acquisition) throws StoreException;

    void addAcquisition(long sourceId, Acquisition acquisition) throws StoreException;

    Optional<Source> find(long id) throws StoreException;

    List<Source> findAll(Collection<Long> ids) throws StoreException;

    List<Acquisition> acquisitions(long sourceId) throws StoreException;

    List<SourceSummary> list() throws StoreException;

    Map<Long, SourceSummary> summaries(Collection<Long> ids) throws StoreException;

    /** Up to {@code limit} sources with an id above {@code afterId}, in id order: for walking all sources. */
    List<Source> page(long afterId, int limit) throws StoreException;

    long count() throws StoreException;
}
