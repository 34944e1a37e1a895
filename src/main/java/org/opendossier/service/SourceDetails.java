package org.opendossier.service;

import java.util.List;
import org.opendossier.model.Acquisition;
import org.opendossier.model.Source;

/** A source with every acquisition that brought it in. */
public record SourceDetails(Source source, List<Acquisition> acquisitions) {
    public SourceDetails {
        acquisitions = List.copyOf(acquisitions);
    }
}
