package org.opendossier.index.lucene;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * The one home of the index's field names, analyzers and version. Changing how anything is indexed means
 * bumping {@link #VERSION}; an index with another version is rebuilt from the case database on open.
 */
public final class IndexSchema {
    /** Bump on any change to fields or analysis. */
    public static final int VERSION = 3;

    public static final String ID = "id";
    /** The id again as a point, so the highest id in the index is found without reading documents. */
    public static final String ID_POINT = "id_point";
    /** The source id as a doc value, so a search can list every matching source without stored fields. */
    public static final String ID_VALUE = "id_value";

    public static final String TITLE = "title";
    public static final String BODY = "body";
    public static final String OUTLET = "outlet";
    public static final String BYLINE = "byline";
    public static final String LANGUAGE = "lang";
    public static final String TYPE = "type";
    public static final String PUBLISHED = "published";
    public static final String IMPORTED = "imported";
    /** Not a stored field: {@code actor:X} stands for any name of actor X (see ActorDirectory). */
    public static final String ACTOR = "actor";

    /** Facet dimensions as the results name them, and the doc-values field behind each. */
    public static final Map<String, String> FACETS = Map.of(
            "outlet", "facet_outlet",
            "year", "facet_year",
            "language", "facet_language",
            "type", "facet_type");

    /** Names a user may type before a colon, and the field each means. */
    static final Map<String, String> QUERY_FIELDS = Map.ofEntries(
            Map.entry("title", TITLE),
            Map.entry("body", BODY),
            Map.entry("text", BODY),
            Map.entry("outlet", OUTLET),
            Map.entry("site", OUTLET),
            Map.entry("byline", BYLINE),
            Map.entry("author", BYLINE),
            Map.entry("lang", LANGUAGE),
            Map.entry("language", LANGUAGE),
            Map.entry("type", TYPE),
            Map.entry("published", PUBLISHED),
            Map.entry("date", PUBLISHED),
            Map.entry("imported", IMPORTED),
            Map.entry("actor", ACTOR));

    /** Fields searched when the query names none; title matches weigh more. */
    static final Map<String, Float> DEFAULT_FIELDS = Map.of(TITLE, 2.0f, BODY, 1.0f, OUTLET, 0.5f, BYLINE, 0.5f);

    static final String USER_DATA_CASE = "opendossier.case";
    static final String USER_DATA_SEQ = "opendossier.appliedSeq";
    static final String USER_DATA_VERSION = "opendossier.indexVersion";

    /** Text fields keep positions and offsets so that phrases and highlighting need no re-analysis. */
    static final FieldType TEXT_WITH_OFFSETS;

    static {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(true);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        TEXT_WITH_OFFSETS = t;
    }

    private IndexSchema() {}

    /**
     * Words: Unicode word boundaries, lower case, accents folded ("Dagalo" finds "dagalo", "Malí" "mali").
     *
     * <p>Each analyzer also says how to {@code normalize} a term that is not analysed as a whole: the query
     * parser reads fuzzy, prefix, wildcard, regular-expression and range terms through it, so {@code SANC*}
     * and {@code Café*} must be lower-cased and folded here as the indexed words were. Only the filters that
     * map one character sequence to another belong there (elision, case, folding, as Lucene's own factories
     * mark them); the possessive filter looks at whole words and stays out. Queries only: the indexed terms
     * do not change, so {@link #VERSION} does not either.
     */
    static Analyzer analyzer() {
        Analyzer text = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                // Possessives ("Wagner's", "Wagner’s") and French elisions ("l'armée") reduce to the name
                // or word itself, so that a name is found however the sentence around it bends it.
                TokenStream filtered = new EnglishPossessiveFilter(source);
                return new TokenStreamComponents(source, normalizeText(filtered));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return normalizeText(in);
            }
        };
        Analyzer keyword = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new KeywordTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
        return new PerFieldAnalyzerWrapper(
                text, Map.of(LANGUAGE, keyword, TYPE, keyword, PUBLISHED, keyword, IMPORTED, keyword, ID, keyword));
    }

    private static TokenStream normalizeText(TokenStream in) {
        TokenStream filtered = new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES);
        return new ASCIIFoldingFilter(new LowerCaseFilter(filtered));
    }

    static boolean isKeywordField(String field) {
        return field.equals(LANGUAGE) || field.equals(TYPE) || field.equals(PUBLISHED) || field.equals(IMPORTED);
    }

    static boolean isDateField(String field) {
        return field.equals(PUBLISHED) || field.equals(IMPORTED);
    }
}
