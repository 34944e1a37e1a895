package org.opendossier.index.lucene;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.opendossier.index.ActorDirectory;
import org.opendossier.index.QuerySyntaxException;

/**
 * The user's query language: Lucene's classic syntax (words, "phrases", AND/OR/NOT, -exclude, "a b"~5,
 * fuzzy~, prefix*, field:value, [ranges], *:*) with friendly field names, all words required unless OR is
 * written, and partial dates: {@code published:2022} is the whole year and {@code published:[2021 TO 2022]}
 * includes all of 2022.
 */
final class QueryTranslator {
    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");
    private static final Pattern FIELD_PREFIX = Pattern.compile("(?<![\\w\\\\])([\\p{L}_][\\w.]*)\\s*:");

    private final Analyzer analyzer;

    QueryTranslator(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    Query translate(String text) throws QuerySyntaxException {
        return translate(text, ActorDirectory.NONE);
    }

    Query translate(String text, ActorDirectory actors) throws QuerySyntaxException {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new QuerySyntaxException(
                    "The query is empty; type words to search for, or *:* for everything.", text, 0);
        }
        checkFields(text);
        Parser parser = new Parser(analyzer, actors);
        try {
            return matchAllIfOnlyExclusions(parser.parse(text));
        } catch (ParseException e) {
            throw syntaxError(text, e);
        }
    }

    /** Lucene matches nothing for a query made only of exclusions; a person means "everything except". */
    private static Query matchAllIfOnlyExclusions(Query query) {
        if (query instanceof BooleanQuery bq
                && !bq.clauses().isEmpty()
                && bq.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
            BooleanQuery.Builder b =
                    new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
            bq.clauses().forEach(b::add);
            return b.build();
        }
        return query;
    }

    private static void checkFields(String text) throws QuerySyntaxException {
        Matcher m = FIELD_PREFIX.matcher(text);
        while (m.find()) {
            if (insideQuotes(text, m.start())) {
                continue;
            }
            String name = m.group(1).toLowerCase(java.util.Locale.ROOT);
            if (!IndexSchema.QUERY_FIELDS.containsKey(name)) {
                Set<String> known = new TreeSet<>(IndexSchema.QUERY_FIELDS.keySet());
                throw new QuerySyntaxException(
                        "Unknown field '" + m.group(1) + "'. Fields you can use: " + String.join(", ", known) + ".",
                        text,
                        m.start(1));
            }
        }
    }

    private static boolean insideQuotes(String text, int position) {
        boolean inside = false;
        for (int i = 0; i < position; i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == '"') {
                inside = !inside;
            }
        }
        return inside;
    }

    /** {@code actor:X} where no actor goes by X. */
    private static final class UnknownActor extends ParseException {
        final String written;

        UnknownActor(String written) {
            super("No actor goes by \"" + written + "\". Write a name or alias from the actors list, in quotes:"
                    + " actor:\"Wagner Group\".");
            this.written = written;
        }
    }

    private static QuerySyntaxException syntaxError(String text, ParseException e) {
        Throwable cause = e.getCause();
        if (cause instanceof UnknownActor unknown) {
            int at =
                    text.toLowerCase(java.util.Locale.ROOT).indexOf(unknown.written.toLowerCase(java.util.Locale.ROOT));
            return new QuerySyntaxException(unknown.getMessage(), text, at);
        }
        if (cause instanceof ParseException inner && inner.currentToken != null && inner.currentToken.next != null) {
            Token bad = inner.currentToken.next;
            // The classic parser's character stream counts columns from 0.
            int position = Math.max(0, Math.min(text.length(), bad.beginColumn));
            if (bad.kind == QueryParserConstants.EOF) {
                return new QuerySyntaxException(
                        "The query ends too early: an operator, bracket or quote is not completed.",
                        text,
                        text.length());
            }
            return new QuerySyntaxException("Unexpected '" + bad.image + "' here.", text, position);
        }
        if (cause instanceof TokenMgrError lexical) {
            int position = column(lexical.getMessage(), text.length());
            return new QuerySyntaxException(
                    "A quote or escape is not closed (every \" needs a partner; a trailing \\ needs a character after it).",
                    text,
                    position);
        }
        if (cause instanceof IllegalArgumentException || cause == null) {
            String detail = e.getMessage() == null ? "the query cannot be read" : e.getMessage();
            return new QuerySyntaxException(detail, text, column(detail, -1));
        }
        return new QuerySyntaxException("The query cannot be read: " + cause.getMessage(), text, -1);
    }

    private static int column(String message, int fallback) {
        if (message == null) {
            return fallback;
        }
        Matcher m = COLUMN.matcher(message);
        return m.find() ? Math.max(0, Integer.parseInt(m.group(1))) : fallback;
    }

    /** Maps friendly field names and expands partial dates; everything else is Lucene's classic parser. */
    private static final class Parser extends MultiFieldQueryParser {
        private final ActorDirectory actors;

        Parser(Analyzer analyzer, ActorDirectory actors) {
            super(IndexSchema.DEFAULT_FIELDS.keySet().toArray(String[]::new), analyzer, boosts());
            this.actors = actors;
            setDefaultOperator(AND_OPERATOR);
            setAllowLeadingWildcard(false);
            setSplitOnWhitespace(true);
        }

        private static Map<String, Float> boosts() {
            return IndexSchema.DEFAULT_FIELDS;
        }

        private static String resolve(String field) {
            if (field == null || field.equals("*")) {
                return field;
            }
            String resolved = IndexSchema.QUERY_FIELDS.get(field.toLowerCase(java.util.Locale.ROOT));
            return resolved == null ? field : resolved;
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            String f = resolve(field);
            if (IndexSchema.ACTOR.equals(f)) {
                return anyNameOf(queryText);
            }
            if (f != null && IndexSchema.isDateField(f) && !quoted) {
                // A date is written as far as it is known: 2022, 2022-04 or 2022-04-05.
                return new PrefixQuery(new Term(f, getAnalyzer().normalize(f, queryText)));
            }
            return super.getFieldQuery(f, queryText, quoted);
        }

        /** {@code actor:X}: any of X's names as a phrase in the fields searched by default. */
        private Query anyNameOf(String written) throws ParseException {
            List<String> names = actors.namesOf(written);
            if (names.isEmpty()) {
                throw new UnknownActor(written);
            }
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String name : names) {
                Query phrase = super.getFieldQuery(null, name, 0);
                if (phrase != null) {
                    any.add(phrase, BooleanClause.Occur.SHOULD);
                }
            }
            return any.build();
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            String f = resolve(field);
            if (IndexSchema.ACTOR.equals(f)) {
                return anyNameOf(queryText);
            }
            return super.getFieldQuery(f, queryText, slop);
        }

        @Override
        protected Query getRangeQuery(
                String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
                throws ParseException {
            String f = resolve(field);
            String lower = "*".equals(part1) ? null : part1;
            String upper = "*".equals(part2) ? null : part2;
            if (f != null && IndexSchema.isDateField(f)) {
                // A partial date stands for its whole period: every date written 2022-… sorts between
                // "2022" and "2022\uffff", so "up to 2022" and "after 2022" both take the period's end.
                if (upper != null && endInclusive) {
                    upper = upper + Character.MAX_VALUE;
                }
                if (lower != null && !startInclusive) {
                    lower = lower + Character.MAX_VALUE;
                }
            }
            return super.getRangeQuery(f, lower, upper, startInclusive, endInclusive);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            return super.getPrefixQuery(resolve(field), termStr);
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            return super.getWildcardQuery(resolve(field), termStr);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            return super.getFuzzyQuery(resolve(field), termStr, minSimilarity);
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            return super.getRegexpQuery(resolve(field), termStr);
        }
    }
}
