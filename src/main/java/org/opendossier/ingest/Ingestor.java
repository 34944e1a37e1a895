package org.opendossier.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.opendossier.ingest.html.HtmlExtractor;
import org.opendossier.ingest.mail.EmailExtractor;
import org.opendossier.ingest.tika.TikaExtractor;
import org.opendossier.model.RejectionReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one file's bytes into extracted documents: checks size, detects the type from content, splits
 * mbox files into messages, runs the matching {@link FormatExtractor} on a separate thread under the parse
 * timeout, then normalises the text (the single place {@link TextNormalizer} runs), bounds its length and
 * settles the title and language. Every problem with the content ends as a {@link PartResult} carrying an
 * {@link ImportException}; nothing a file contains can make {@link #read} throw or hang. Thread-safe.
 */
public final class Ingestor {
    private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);

    /** Process-wide, so that every parse thread has a distinct name in a thread dump. */
    private static final AtomicInteger PARSE_THREADS = new AtomicInteger();

    /** A title made from a first line or a file name is cut here: it is a label, not the text. */
    static final int MAX_DERIVED_TITLE_CHARS = 200;

    private final IngestLimits limits;
    private final List<FormatExtractor> extractors;
    private final ExecutorService parseThreads;
    private final FormatDetector detector = new FormatDetector();
    private final LanguageDetector languageDetector = new LanguageDetector();

    /** With its own pool of parse threads; for tools and tests. */
    public Ingestor(IngestLimits limits) {
        this(limits, parseThreadPool());
    }

    /**
     * With the parse threads the application owns. The pool must be able to grow (a cached pool): a parse
     * that times out is abandoned and keeps its thread until it returns.
     */
    public Ingestor(IngestLimits limits, ExecutorService parseThreads) {
        this(
                limits,
                List.of(
                        new HtmlExtractor(),
                        new PlainTextExtractor(limits.maxTextChars()),
                        new TikaExtractor(limits.maxTextChars()),
                        new EmailExtractor(limits.maxTextChars())),
                parseThreads);
    }

    /** With other extractors, for tests; the first that accepts a type reads it. */
    Ingestor(IngestLimits limits, List<FormatExtractor> extractors) {
        this(limits, extractors, parseThreadPool());
    }

    private Ingestor(IngestLimits limits, List<FormatExtractor> extractors, ExecutorService parseThreads) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.extractors = List.copyOf(extractors);
        this.parseThreads = Objects.requireNonNull(parseThreads, "parseThreads");
    }

    /** Reuses idle threads (a new thread per file costs more than parsing a small text) and grows on demand. */
    public static ExecutorService parseThreadPool() {
        return Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "od-parse-" + PARSE_THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Reads one file. Never throws for bad content: every problem is a {@link PartResult} with a failure.
     *
     * @param fileName the file's name, a hint only (e.g. {@code .md} or {@code .txt}); may be {@code null}
     * @return one result per document in the file: one for most files, one per message for an mbox
     */
    public List<PartResult> read(byte[] bytes, String fileName) {
        Objects.requireNonNull(bytes, "bytes");
        DocumentPart whole = DocumentPart.wholeFile(bytes);
        if (bytes.length == 0) {
            return List.of(PartResult.failure(whole, new ImportException(RejectionReason.EMPTY, null)));
        }
        if (bytes.length > limits.maxFileBytes()) {
            String detail = size(bytes.length) + ", the limit is " + size(limits.maxFileBytes());
            return List.of(PartResult.failure(whole, new ImportException(RejectionReason.TOO_LARGE, detail)));
        }
        // Detection and, for a single document, extraction run as one guarded task: one hand-over to a
        // parse thread per file instead of two (thread hand-overs were a visible share of a small file's cost).
        Detected detected;
        try {
            detected = guarded(() -> detectAndExtract(bytes, fileName), fileName);
        } catch (ImportException e) {
            return List.of(PartResult.failure(whole, e));
        }
        if (!detected.mediaType().equals(FormatDetector.MBOX)) {
            try {
                return List.of(PartResult.success(whole, finish(detected.document(), fileName)));
            } catch (ImportException e) {
                return List.of(PartResult.failure(whole, e));
            }
        }
        // Only a mailbox comes back without a document: one source per message, each read on its own.
        List<byte[]> messages = MboxSplitter.split(bytes);
        List<PartResult> results = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            DocumentPart part = new DocumentPart("message " + (i + 1) + " of " + messages.size(), messages.get(i));
            results.add(readPart(part, fileName, FormatDetector.EML));
        }
        return List.copyOf(results);
    }

    /** A file's type and, unless it holds several documents (a mailbox), its extracted document. */
    private record Detected(String mediaType, ExtractedDocument document) {}

    private Detected detectAndExtract(byte[] bytes, String fileName) throws ImportException {
        String mediaType = detector.detect(bytes, fileName);
        if (mediaType.equals(FormatDetector.MBOX)) {
            return new Detected(mediaType, null);
        }
        return new Detected(mediaType, extractorFor(mediaType).extract(bytes, fileName, mediaType));
    }

    private FormatExtractor extractorFor(String mediaType) throws ImportException {
        return extractors.stream()
                .filter(candidate -> candidate.accepts(mediaType))
                .findFirst()
                .orElseThrow(() -> new ImportException(RejectionReason.UNSUPPORTED_TYPE, describe(mediaType)));
    }

    private PartResult readPart(DocumentPart part, String fileName, String mediaType) {
        try {
            return PartResult.success(part, extract(part, fileName, mediaType));
        } catch (ImportException e) {
            return PartResult.failure(part, e);
        }
    }

    private ExtractedDocument extract(DocumentPart part, String fileName, String mediaType) throws ImportException {
        FormatExtractor extractor = extractorFor(mediaType);
        String where = part.label() == null ? fileName : fileName + " (" + part.label() + ")";
        ExtractedDocument raw = guarded(() -> extractor.extract(part.bytes(), fileName, mediaType), where);
        return finish(raw, fileName);
    }

    private ExtractedDocument finish(ExtractedDocument raw, String fileName) throws ImportException {
        List<String> warnings = new ArrayList<>(raw.warnings());
        String text = raw.text();
        int max = limits.maxTextChars();
        if (text.length() > max) {
            // Cut before normalising so that a runaway extraction costs no more work than the limit allows.
            text = cut(text, max);
            warnings.add(PlainTextExtractor.truncationWarning(max));
        }
        text = TextNormalizer.normalize(text);
        if (text.length() > max) {
            text = cut(text, max).strip(); // NFC can lengthen a text slightly
        }
        if (text.isEmpty()) {
            throw new ImportException(RejectionReason.NO_TEXT, null);
        }
        DocumentMetadata declared = raw.metadata();
        String title = blankToNull(declared.title());
        if (title == null && isPlainText(raw.mediaType())) {
            title = firstLineTitle(text);
        }
        if (title == null) {
            title = fileNameTitle(fileName);
        }
        String language = languageDetector.detect(text);
        if (language == null) {
            // The declaration is kept only when the text cannot tell: authoring tools often leave a default.
            language = LanguageDetector.normalizeDeclared(declared.language());
        }
        DocumentMetadata metadata = new DocumentMetadata(
                title, declared.byline(), declared.outlet(), declared.publishedAt(), declared.url(), language);
        return new ExtractedDocument(raw.mediaType(), text, metadata, warnings);
    }

    /**
     * Runs one detection or parse on its own named daemon thread and waits at most the parse timeout. A
     * parser that overruns is interrupted and abandoned (Java cannot stop it; most parsers do not check the
     * interrupt, so it may run on in the background until it ends or the process exits).
     *
     * <p>This is the single boundary where arbitrary failures are caught: the parsing libraries throw
     * unchecked exceptions on malformed input (IllegalArgumentException, ClassCastException,
     * IndexOutOfBounds...), overflow the stack on deeply nested documents, and can exhaust memory on
     * crafted ones. All of these describe the file, not our program, so they become MALFORMED here instead
     * of ending the import batch. The {@link Future} catches everything the task throws; this method
     * sorts it out.
     */
    private <T> T guarded(ParseTask<T> task, String what) throws ImportException {
        Future<T> future = parseThreads.submit(task::call);
        try {
            return future.get(limits.parseTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            LOG.warn("Gave up reading {} after {}; its parse thread is abandoned", what, limits.parseTimeout());
            throw new ImportException(RejectionReason.TIMEOUT, "gave up after " + describe(limits));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt(); // the caller cancelled the import; let it see that
            throw new ImportException(RejectionReason.TIMEOUT, "the import was cancelled before reading finished");
        } catch (ExecutionException e) {
            throw failureOf(e.getCause(), what);
        }
    }

    private static ImportException failureOf(Throwable cause, String what) {
        if (cause instanceof ImportException importException) {
            return importException;
        }
        if (cause instanceof StackOverflowError) {
            LOG.warn("Stack overflow while reading {}", what);
            return new ImportException(RejectionReason.MALFORMED, "its structure is nested too deeply to read", cause);
        }
        if (cause instanceof OutOfMemoryError) {
            LOG.warn("Out of memory while reading {}", what);
            return new ImportException(
                    RejectionReason.MALFORMED, "reading it needs more memory than is available", cause);
        }
        if (cause instanceof Error error) {
            // LinkageError and the like mean a broken installation, not a bad file: let it surface.
            throw error;
        }
        LOG.warn("Parser failed on {}", what, cause);
        return new ImportException(RejectionReason.MALFORMED, shortDetail(cause), cause);
    }

    /** A detection or parse step; may fail with an {@link ImportException} or anything a parser throws. */
    @FunctionalInterface
    private interface ParseTask<T> {
        T call() throws ImportException;
    }

    /**
     * The first line that reads like a title. Text pasted from a web page often starts with page chrome
     * ("top of page", "• Share", "Menu"), so leading bullet lines and short lines without a capital
     * letter are passed over; if every line looks like that, the first non-empty line is used after all.
     */
    static String firstLineTitle(String text) {
        String fallback = null;
        for (String line : text.lines().limit(MAX_TITLE_SEARCH_LINES).toList()) {
            String title = line.strip();
            if (title.startsWith("#")) {
                title = title.replaceFirst("^#+", "").strip();
            }
            if (title.isEmpty()) {
                continue;
            }
            if (fallback == null) {
                fallback = title;
            }
            if (!looksLikeChrome(title)) {
                return cutTitle(title);
            }
        }
        return fallback == null ? null : cutTitle(fallback);
    }

    /** How far into a text a title is looked for before taking the first line. */
    private static final int MAX_TITLE_SEARCH_LINES = 12;

    private static boolean looksLikeChrome(String line) {
        char first = line.charAt(0);
        if (first == '\u2022' || first == '\u00B7' || first == '*' || first == '-' || first == '|' || first == '>') {
            return true;
        }
        boolean hasCapital = line.codePoints().anyMatch(Character::isUpperCase);
        long words = line.split("\\s+").length;
        return !hasCapital && words <= 4 && line.codePoints().anyMatch(Character::isLowerCase);
    }

    static String fileNameTitle(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return null;
        }
        String name = fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        return name.isBlank() ? null : cutTitle(name.strip());
    }

    private static String cutTitle(String title) {
        if (title.length() <= MAX_DERIVED_TITLE_CHARS) {
            return title;
        }
        String cut = cut(title, MAX_DERIVED_TITLE_CHARS);
        int space = cut.lastIndexOf(' ');
        return (space > MAX_DERIVED_TITLE_CHARS / 2 ? cut.substring(0, space) : cut).strip() + "\u2026";
    }

    /** The first {@code max} chars, one fewer if that would split a surrogate pair. */
    private static String cut(String text, int max) {
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    private static boolean isPlainText(String mediaType) {
        return mediaType.equals(FormatDetector.TEXT_PLAIN) || mediaType.equals(FormatDetector.TEXT_MARKDOWN);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String describe(String mediaType) {
        if (mediaType.startsWith("image/")) {
            return "it is an image (" + mediaType + ")";
        }
        if (mediaType.startsWith("video/") || mediaType.startsWith("audio/")) {
            return "it is audio or video (" + mediaType + ")";
        }
        return switch (mediaType) {
            case "application/zip",
                    "application/x-7z-compressed",
                    "application/x-rar-compressed",
                    "application/gzip",
                    "application/x-tar" ->
                "it is an archive (" + mediaType + "); unpack it and import the files inside";
            case "application/octet-stream" -> "its content is not a recognised document format";
            case "application/x-executable", "application/x-msdownload", "application/x-sharedlib" ->
                "it is a program (" + mediaType + ")";
            default -> "it is " + mediaType;
        };
    }

    private static String describe(IngestLimits limits) {
        long millis = limits.parseTimeout().toMillis();
        return millis >= 1000 && millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
    }

    private static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private static String shortDetail(Throwable e) {
        String message = e.getMessage() == null || e.getMessage().isBlank()
                ? e.getClass().getSimpleName()
                : e.getMessage();
        message = message.strip().lines().findFirst().orElse("");
        return message.length() > 160 ? message.substring(0, 160) + "\u2026" : message;
    }
}
