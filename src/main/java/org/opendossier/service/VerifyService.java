package org.opendossier.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.opendossier.model.Sha256;
import org.opendossier.model.Source;
import org.opendossier.model.VerifyReport;
import org.opendossier.store.CaseStore;
import org.opendossier.store.OriginalStore;
import org.opendossier.store.StoreException;

/** Proves that the originals are unaltered: re-hashes each one and compares it with its name. */
public final class VerifyService {
    private final CaseStore store;
    private final OriginalStore originals;

    public VerifyService(CaseStore store, OriginalStore originals) {
        this.store = store;
        this.originals = originals;
    }

    public VerifyReport verify(CancelToken cancel) throws CaseException {
        List<VerifyReport.Problem> problems = new ArrayList<>();
        int checked = 0;
        long after = 0;
        try {
            while (!cancel.isCancelled()) {
                long from = after;
                List<Source> page = store.read(tx -> tx.sources().page(from, 200));
                if (page.isEmpty()) {
                    break;
                }
                for (Source s : page) {
                    checked++;
                    Path file = originals.path(s.sha256());
                    if (!Files.isRegularFile(file)) {
                        problems.add(new VerifyReport.Problem(
                                s.id(), s.sha256(), s.title(), VerifyReport.Kind.MISSING, null));
                        continue;
                    }
                    String actual = hash(file);
                    if (!actual.equals(s.sha256())) {
                        problems.add(new VerifyReport.Problem(
                                s.id(), s.sha256(), s.title(), VerifyReport.Kind.CHANGED, actual));
                    }
                }
                after = page.getLast().id();
            }
        } catch (StoreException e) {
            throw new CaseException(e.getMessage(), e);
        }
        return new VerifyReport(checked, problems);
    }

    private static String hash(Path file) throws CaseException {
        MessageDigest digest = Sha256.digest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new CaseException("Cannot read the original " + file + ": " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
