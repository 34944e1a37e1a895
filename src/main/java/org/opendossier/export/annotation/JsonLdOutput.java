package org.opendossier.export.annotation;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes JSON-LD as UTF-8, indented, in the order the nodes were built. {@code <}, {@code >} and {@code &} are
 * written as {@code \u003c} and the like, so that a document can be pasted into an HTML
 * {@code <script type="application/ld+json">} block (where ClaimReview markup lives) and a statement that
 * contains {@code </script>} cannot end the block. The JSON read back is the same.
 */
final class JsonLdOutput {
    private static final ObjectMapper JSON = new ObjectMapper(new JsonFactoryBuilder()
                    .characterEscapes(new HtmlSafeEscapes())
                    .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                    .build())
            .enable(SerializationFeature.INDENT_OUTPUT);

    private JsonLdOutput() {}

    /** Writes {@code document} to {@code out}, which is flushed, not closed. */
    static void write(JsonNode document, OutputStream out) throws IOException {
        JSON.writeValue(out, document);
        out.flush();
    }

    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
        private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");
        private final int[] ascii;

        HtmlSafeEscapes() {
            ascii = standardAsciiEscapesForJSON();
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            // Line and paragraph separators end a line in a script block's JavaScript parsers of old.
            return switch (ch) {
                case 0x2028 -> LINE_SEPARATOR;
                case 0x2029 -> PARAGRAPH_SEPARATOR;
                default -> null;
            };
        }
    }
}
