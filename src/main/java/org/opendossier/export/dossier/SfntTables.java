package org.opendossier.export.dossier;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Edits the table directory of a TrueType/OpenType font file (the "sfnt" wrapper): a font can be handed to the
 * PDF renderer without a table it should not use.
 *
 * <p>Used to drop {@code GSUB}: PDFBox applies a font's glyph substitutions word by word with regular
 * expressions, which took a quarter of the CPU time of a long dossier's PDF export. Nothing we print needs
 * them: the renderer shapes Arabic with ICU before the font sees it, and DejaVu's Latin substitutions are
 * optional ligatures.
 */
final class SfntTables {
    private static final int HEADER = 12;
    private static final int RECORD = 16;

    private SfntTables() {}

    /**
     * A copy of {@code font} whose directory no longer lists {@code tag}; the table's bytes stay where they were,
     * unreferenced, so no other table moves. Returns an unchanged copy when the font has no such table.
     *
     * @throws IllegalArgumentException when {@code font} is not an sfnt font file
     */
    static byte[] without(byte[] font, String tag) {
        if (tag.length() != 4) {
            throw new IllegalArgumentException("a table tag has four characters, not \"" + tag + "\"");
        }
        byte[] copy = font.clone();
        ByteBuffer buffer = ByteBuffer.wrap(copy);
        if (copy.length < HEADER) {
            throw new IllegalArgumentException("not a font file: " + copy.length + " bytes");
        }
        int tables = Short.toUnsignedInt(buffer.getShort(4));
        if (copy.length < HEADER + tables * RECORD) {
            throw new IllegalArgumentException("not a font file: its table directory is cut short");
        }
        byte[] wanted = tag.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < tables; i++) {
            int at = HEADER + i * RECORD;
            if (buffer.slice(at, 4).equals(ByteBuffer.wrap(wanted))) {
                int end = HEADER + tables * RECORD;
                System.arraycopy(copy, at + RECORD, copy, at, end - at - RECORD);
                java.util.Arrays.fill(copy, end - RECORD, end, (byte) 0);
                buffer.putShort(4, (short) (tables - 1));
                return copy;
            }
        }
        return copy;
    }
}
