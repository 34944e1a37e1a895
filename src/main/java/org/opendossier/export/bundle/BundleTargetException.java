package org.opendossier.export.bundle;

import java.io.IOException;

/**
 * The place chosen for a bundle cannot take it (its folder is missing, the folder already holds files, a name
 * ending in .zip names a folder): nothing was written, and the message says what to choose instead.
 */
public final class BundleTargetException extends IOException {
    public BundleTargetException(String message) {
        super(message);
    }
}
