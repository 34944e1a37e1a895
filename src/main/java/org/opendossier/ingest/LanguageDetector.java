package org.opendossier.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Guesses the language of a text with OpenNLP's language detector (the 103-language model shipped in the
 * {@code opennlp-models-langdetect} jar). Answers ISO 639-1 codes, or {@code null} when it is unsure: the
 * text is too short, or the best language does not clearly beat the runner-up. Thread-safe; the 10 MB
 * model is loaded once per process, on first use.
 */
public final class LanguageDetector {
    /** The model file at the root of the opennlp-models-langdetect 1.3.0 jar. */
    static final String MODEL_RESOURCE = "/langdetect-183.bin";

    /** Enough text for a stable answer; more only costs time. */
    private static final int SAMPLE_CHARS = 1000;
    /** Fewer letters than this and the model guesses ("Hello world" comes out 50/50 English/Waray). */
    private static final int MIN_LETTERS = 20;
    /*
     * The model's scores are spread over 103 languages, so even a clear answer scores ~0.1. What tells a
     * sure answer from a guess is the margin: on a sentence the winner scores about 3x the runner-up, on
     * noise or two words both are within a few percent.
     */
    private static final double MIN_MARGIN = 1.5;
    private static final double MIN_CONFIDENCE = 0.02;

    /** Codes of individual languages the model uses where ISO 639-1 only has the macrolanguage. */
    private static final Map<String, String> INDIVIDUAL_TO_MACRO = Map.of(
            "cmn", "zh", "pes", "fa", "lvs", "lv", "ekk", "et", "pnb", "pa", "plt", "mg", "zsm", "ms", "arb", "ar");

    private static final Map<String, String> ISO3_TO_ISO1 = buildIso3Map();

    /** The ISO 639-1 code of the language of {@code text}, or {@code null} when unsure. */
    public String detect(String text) {
        if (text == null) {
            return null;
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return null;
        }
        String quick = StopWordGuess.guess(sample);
        if (quick != null) {
            return quick;
        }
        // LanguageDetectorME is cheap to create and not documented as thread-safe; the model is shared.
        Language[] ranked = new LanguageDetectorME(model()).predictLanguages(sample);
        if (ranked.length == 0) {
            return null;
        }
        double best = ranked[0].getConfidence();
        double second = ranked.length > 1 ? ranked[1].getConfidence() : 0;
        if (best < MIN_CONFIDENCE || best < second * MIN_MARGIN) {
            return null;
        }
        return toIso6391(ranked[0].getLang());
    }

    /** ISO 639-1 for an ISO 639-3 (or 639-2/T) code, {@code null} for languages that have no two-letter code. */
    static String toIso6391(String code) {
        if (code == null) {
            return null;
        }
        String lower = code.toLowerCase(Locale.ROOT);
        if (lower.length() == 2) {
            return lower;
        }
        return ISO3_TO_ISO1.get(lower);
    }

    /**
     * ISO 639-1 for a language a document declares ({@code en-GB}, {@code fr_FR}, {@code deu}), or
     * {@code null} when the declaration is not a language code.
     */
    static String normalizeDeclared(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String primary = declared.strip().split("[-_;,\\s]", 2)[0].toLowerCase(Locale.ROOT);
        if (!primary.matches("[a-z]{2,3}")) {
            return null;
        }
        return toIso6391(primary);
    }

    /*
     * The model is immutable once read, so one copy serves every detector and thread. The holder class is
     * initialised by the JVM on first use, exactly once, which gives lazy thread-safe loading without locks.
     */
    private static final class ModelHolder {
        static final LanguageDetectorModel MODEL = loadModel();
    }

    private static LanguageDetectorModel model() {
        return ModelHolder.MODEL;
    }

    private static LanguageDetectorModel loadModel() {
        try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("language model " + MODEL_RESOURCE + " is not on the class path");
            }
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            // The model ships inside our own jar: failing to read it is a broken installation, not bad input.
            throw new UncheckedIOException("cannot read language model " + MODEL_RESOURCE, e);
        }
    }

    private static Map<String, String> buildIso3Map() {
        Map<String, String> map = new HashMap<>(INDIVIDUAL_TO_MACRO);
        for (String iso1 : Locale.getISOLanguages()) {
            String iso3 = Locale.of(iso1).getISO3Language();
            if (!iso3.isEmpty()) {
                map.putIfAbsent(iso3, iso1);
            }
        }
        return Map.copyOf(map);
    }
}
