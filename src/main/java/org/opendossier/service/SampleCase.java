package org.opendossier.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sample case a newcomer opens from the welcome screen: a handful of invented articles shipped in the
 * jar. The first time, they are copied to a folder of their own (so their acquisitions point at real
 * files) and imported into a new case; afterwards the same case is reopened, with whatever the user did
 * in it.
 */
public final class SampleCase {
    private static final String RESOURCES = "/org/opendossier/sample/";
    /** The list of documents, in import order: a jar's folders cannot be listed. */
    private static final String LIST = "index.txt";

    private final Path caseFolder;
    private final Path articlesFolder;

    public SampleCase(Path caseFolder, Path articlesFolder) {
        this.caseFolder = caseFolder;
        this.articlesFolder = articlesFolder;
    }

    public Path caseFolder() {
        return caseFolder;
    }

    /** Opens the sample case, creating and filling it first if it does not exist yet. */
    public CaseSession open(CaseOpener opener, ImportListener listener, CancelToken cancel) throws CaseException {
        if (Files.isDirectory(caseFolder) && !isEmpty(caseFolder)) {
            return opener.open(caseFolder);
        }
        List<Path> articles = writeArticles();
        CaseSession session = opener.create(caseFolder);
        try {
            session.imports().importPaths(articles, listener, cancel);
        } catch (CaseException e) {
            session.close();
            throw e;
        }
        return session;
    }

    /** The documents as shipped, by file name, in import order. */
    public static List<String> documentNames() {
        try (InputStream in = resource(LIST);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The sample case's document list is missing from the app", e);
        }
    }

    private List<Path> writeArticles() throws CaseException {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(articlesFolder);
            for (String name : documentNames()) {
                Path target = articlesFolder.resolve(name);
                try (InputStream in = resource(name)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                written.add(target);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new CaseException("Cannot write the sample articles to " + articlesFolder + ": " + e.getMessage(), e);
        }
        return written;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SampleCase.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new IOException("missing resource " + RESOURCES + name);
        }
        return in;
    }

    private static boolean isEmpty(Path folder) throws CaseException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new CaseException("Cannot read " + folder + ": " + e.getMessage(), e);
        }
    }
}
