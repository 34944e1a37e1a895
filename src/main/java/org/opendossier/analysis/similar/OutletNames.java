package org.opendossier.analysis.similar;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import org.opendossier.analysis.names.NameFolding;

/** When two sources come from the same outlet: by its name, or by the host of its address when it has none. */
final class OutletNames {
    /** Leading host labels that name a site's editions, not another site: "www.", mobile and AMP pages. */
    private static final Set<String> EDITION_LABELS = Set.of("www", "m", "mobile", "amp");

    private OutletNames() {}

    /**
     * The outlet's name folded ({@link NameFolding#key}: case, accents, spacing aside) without a leading
     * "the", so that "The Coast  Herald" and "coast herald" are one outlet; {@code null} for no name.
     */
    static String key(String outlet) {
        if (outlet == null || outlet.isBlank()) {
            return null;
        }
        String key = NameFolding.key(outlet);
        return key.startsWith("the ") && key.length() > 4 ? key.substring(4) : key;
    }

    /** The outlet's name as written, with its spacing tidied. */
    static String display(String outlet) {
        return outlet.strip().replaceAll("\\s+", " ");
    }

    /**
     * The host of an address in lower case, without a trailing dot and without a leading "www.", "m.",
     * "mobile." or "amp."; {@code null} when the address has no host or cannot be read.
     */
    static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip();
        String host = parseHost(u);
        if (host == null && !u.contains("://")) {
            host = parseHost("http://" + u);
        }
        if (host == null) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        int dot = host.indexOf('.');
        while (dot > 0 && host.indexOf('.', dot + 1) > 0 && EDITION_LABELS.contains(host.substring(0, dot))) {
            host = host.substring(dot + 1);
            dot = host.indexOf('.');
        }
        return host.isEmpty() ? null : host;
    }

    private static String parseHost(String url) {
        try {
            return new URI(url).getHost();
        } catch (URISyntaxException e) {
            // an address with spaces or other characters a URI may not hold: no host to compare
            return null;
        }
    }
}
