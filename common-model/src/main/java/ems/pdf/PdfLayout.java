package ems.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Our small layout layer over PDFBox: a cursor moving down Letter pages, wrapped text, key/value blocks,
 * tables that break across pages and repeat their heading, right-aligned totals, sign-off lines, and a
 * "Page n of m" footer written once the page count is known. Drawing directly keeps a one-page document
 * well under a millisecond and a 250-page table in tens of megabytes.
 */
public final class PdfLayout implements AutoCloseable {

    static final PDRectangle SIZE = PDRectangle.LETTER;
    static final float MARGIN = 48;
    static final float BODY = 9;
    static final Color INK = new Color(0x1f, 0x29, 0x33);
    static final Color MUTED = new Color(0x5b, 0x65, 0x73);
    static final Color BRAND = new Color(0x0f, 0x4c, 0x5c);
    static final Color RULE = new Color(0xd5, 0xdb, 0xe3);
    static final Color SHADE = new Color(0xef, 0xf3, 0xf6);

    private final PDDocument document = new PDDocument();
    private final PdfFonts fonts;
    private final String runningHead;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream stream;
    private float y;
    private final float[] regularLatin = unknownWidths();
    private final float[] boldLatin = unknownWidths();
    private final Map<Integer, Float> regularWidths = new HashMap<>();
    private final Map<Integer, Float> boldWidths = new HashMap<>();
    private final Map<Integer, Boolean> regularDrawable = new HashMap<>();
    private final Map<Integer, Boolean> boldDrawable = new HashMap<>();

    public PdfLayout(String runningHead) {
        this.fonts = PdfFonts.load(document);
        this.runningHead = runningHead;
        newPage();
    }

    public float width() {
        return SIZE.getWidth() - 2 * MARGIN;
    }

    PDType0Font regular() {
        return fonts.regular;
    }

    PDType0Font bold() {
        return fonts.bold;
    }

    // ---- building blocks ----

    /** The first page's head: warehouse on the left, document title and number on the right, a rule. */
    public void letterhead(Letterhead head, String title, String number) {
        float top = y;
        write(MARGIN, top, head.name(), fonts.bold, 13, BRAND);
        float leftY = top - 15;
        for (String line : lines(head.address() + "\n" + head.licence(), fonts.regular, BODY, width() / 2)) {
            write(MARGIN, leftY, line, fonts.regular, BODY, MUTED);
            leftY -= 11;
        }
        writeRight(MARGIN + width(), top, title, fonts.bold, 18, INK);
        writeRight(MARGIN + width(), top - 20, number, fonts.bold, 11, BRAND);
        y = Math.min(leftY, top - 34) - 6;
        rule(2f, BRAND);
        y -= 14;
    }

    /** Two address blocks side by side, e.g. "Bill to" and "Ship to", or a party and the facts. */
    public void parties(String leftLabel, String leftName, String leftAddress, String rightLabel, String rightName,
                        String rightAddress) {
        float half = width() / 2 - 10;
        float top = y;
        float left = block(MARGIN, top, half, leftLabel, leftName, leftAddress);
        float right = rightLabel == null ? top : block(MARGIN + width() / 2 + 10, top, half, rightLabel, rightName,
                rightAddress);
        y = Math.min(left, right) - 10;
    }

    /** Label/value pairs in two columns of pairs. */
    public void facts(List<String[]> pairs) {
        float colWidth = width() / 2;
        float labelWidth = 95;
        for (int i = 0; i < pairs.size(); i += 2) {
            float rowTop = y;
            float lowest = y;
            for (int c = 0; c < 2 && i + c < pairs.size(); c++) {
                String[] pair = pairs.get(i + c);
                float x = MARGIN + c * colWidth;
                write(x, rowTop, pair[0], fonts.regular, BODY, MUTED);
                float lineY = rowTop;
                for (String line : lines(pair[1], fonts.bold, BODY, colWidth - labelWidth - 8)) {
                    write(x + labelWidth, lineY, line, fonts.bold, BODY, INK);
                    lineY -= 11;
                }
                lowest = Math.min(lowest, lineY);
            }
            y = lowest - 2;
            ensure(14);
        }
        y -= 8;
    }

    public void heading(String text) {
        ensure(40);
        write(MARGIN, y, text, fonts.bold, 11, BRAND);
        y -= 16;
    }

    public void paragraph(String text) {
        for (String line : lines(text, fonts.regular, BODY, width())) {
            ensure(12);
            write(MARGIN, y, line, fonts.regular, BODY, INK);
            y -= 12;
        }
        y -= 6;
    }

    /** A table; rows are lists of cell texts. Rows never split; a new page repeats the heading row. */
    public void table(List<Column> columns, Iterable<List<String>> rows) {
        TableWriter writer = startTable(columns);
        rows.forEach(writer::row);
        writer.end();
    }

    /** A table written row by row, for callers that push rows as they read them (long reports). */
    public TableWriter startTable(List<Column> columns) {
        return new TableWriter(columns);
    }

    /** Writes one table's rows as they come; nothing but the current page is held. */
    public final class TableWriter {
        private final List<Column> columns;
        private final float[] widths;
        private boolean shade;
        private long rows;

        private TableWriter(List<Column> columns) {
            this.columns = columns;
            this.widths = widths(columns);
            header(columns, widths);
        }

        public void row(List<String> row) {
            rows++;
            List<List<String>> cells = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < columns.size(); c++) {
                List<String> wrapped = lines(c < row.size() ? row.get(c) : "", fonts.regular, BODY, widths[c] - 8);
                cells.add(wrapped);
                height = Math.max(height, wrapped.size());
            }
            float rowHeight = height * 11 + 6;
            if (y - rowHeight < bottom()) {
                newPage();
                header(columns, widths);
            }
            if (shade) {
                fill(MARGIN, y - rowHeight + 8, width(), rowHeight, SHADE);
            }
            shade = !shade;
            float x = MARGIN;
            for (int c = 0; c < columns.size(); c++) {
                float lineY = y - 2;
                for (String line : cells.get(c)) {
                    if (columns.get(c).align() == Column.Align.RIGHT) {
                        writeRight(x + widths[c] - 4, lineY, line, fonts.regular, BODY, INK);
                    } else {
                        write(x + 4, lineY, line, fonts.regular, BODY, INK);
                    }
                    lineY -= 11;
                }
                x += widths[c];
            }
            y -= rowHeight;
        }

        public long rows() {
            return rows;
        }

        public void end() {
            rule(0.5f, RULE);
            y -= 10;
        }
    }

    /** Right-aligned label/amount rows; the ones flagged strong are bold with a rule above. */
    public void totals(List<String[]> rows, List<Boolean> strong) {
        ensure(rows.size() * 14 + 10);
        float valueRight = MARGIN + width();
        float labelRight = valueRight - 110;
        for (int i = 0; i < rows.size(); i++) {
            boolean isStrong = strong.get(i);
            PDType0Font font = isStrong ? fonts.bold : fonts.regular;
            if (isStrong) {
                line(labelRight - 120, y + 10, valueRight, y + 10, 0.8f, INK);
            }
            writeRight(labelRight, y, rows.get(i)[0], font, isStrong ? 10 : BODY, isStrong ? INK : MUTED);
            writeRight(valueRight, y, rows.get(i)[1], font, isStrong ? 10 : BODY, INK);
            y -= isStrong ? 16 : 13;
        }
        y -= 8;
    }

    /**
     * The dual sign-off the warehouse's records need: two signature/date pairs side by side. A blank
     * {@code right} leaves that half empty (an odd signer out), rather than drawing an unlabelled line.
     */
    public void signOff(String left, String right, String date) {
        ensure(50);
        y -= 30;
        float half = width() / 2;
        int pairs = right == null || right.isBlank() ? 1 : 2;
        for (int i = 0; i < pairs; i++) {
            float x = MARGIN + i * half;
            line(x, y, x + half * 0.58f, y, 0.7f, INK);
            line(x + half * 0.64f, y, x + half - 14, y, 0.7f, INK);
            write(x, y - 11, i == 0 ? left : right, fonts.regular, 8, MUTED);
            write(x + half * 0.64f, y - 11, date, fonts.regular, 8, MUTED);
        }
        y -= 26;
    }

    public void space(float points) {
        y -= points;
    }

    /** Writes "Page n of m" (and the document's reference) on every page, saves, and closes. */
    public void finish(OutputStream out, String footer, String pageOf) {
        try {
            stream.close();
            stream = null;
            int total = pages.size();
            for (int i = 0; i < total; i++) {
                try (PDPageContentStream foot = new PDPageContentStream(document, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    draw(foot, MARGIN, MARGIN - 20, footer, fonts.regular, 7.5f, MUTED);
                    String text = safe(String.format(pageOf, i + 1, total), fonts.regular);
                    float w = fonts.regular.getStringWidth(text) / 1000 * 7.5f;
                    draw(foot, MARGIN + width() - w, MARGIN - 20, text, fonts.regular, 7.5f, MUTED);
                }
            }
            // Object-stream compression (PDFBox 3's default) costs more time than the bytes it saves here.
            document.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int pageCount() {
        return pages.size();
    }

    @Override
    public void close() {
        try {
            if (stream != null) {
                stream.close();
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- mechanics ----

    private static float[] unknownWidths() {
        float[] widths = new float[256];
        java.util.Arrays.fill(widths, -1f);
        return widths;
    }

    private float block(float x, float top, float w, String label, String name, String address) {
        write(x, top, label.toUpperCase(java.util.Locale.ROOT), fonts.bold, 7.5f, MUTED);
        float lineY = top - 13;
        for (String line : lines(name, fonts.bold, 10, w)) {
            write(x, lineY, line, fonts.bold, 10, INK);
            lineY -= 12;
        }
        for (String line : lines(address, fonts.regular, BODY, w)) {
            write(x, lineY, line, fonts.regular, BODY, INK);
            lineY -= 11;
        }
        return lineY;
    }

    /**
     * The heading band; a heading wider than its column wraps inside it (the band grows to the tallest),
     * rather than running into its neighbour.
     */
    private void header(List<Column> columns, float[] widths) {
        List<List<String>> titles = new ArrayList<>();
        int tallest = 1;
        for (int c = 0; c < columns.size(); c++) {
            List<String> wrapped = lines(columns.get(c).title(), fonts.bold, 8, widths[c] - 8);
            titles.add(wrapped);
            tallest = Math.max(tallest, wrapped.size());
        }
        float extra = (tallest - 1) * 10f;
        ensure(40 + extra);
        fill(MARGIN, y - 6 - extra, width(), 17 + extra, BRAND);
        float x = MARGIN;
        for (int c = 0; c < columns.size(); c++) {
            float lineY = y;
            for (String line : titles.get(c)) {
                if (columns.get(c).align() == Column.Align.RIGHT) {
                    writeRight(x + widths[c] - 4, lineY, line, fonts.bold, 8, Color.WHITE);
                } else {
                    write(x + 4, lineY, line, fonts.bold, 8, Color.WHITE);
                }
                lineY -= 10;
            }
            x += widths[c];
        }
        y -= 19 + extra;
    }

    private float[] widths(List<Column> columns) {
        float sum = 0;
        for (Column c : columns) {
            sum += c.share();
        }
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width() * columns.get(i).share() / sum;
        }
        return widths;
    }

    private float bottom() {
        return MARGIN + 10;
    }

    private void ensure(float height) {
        if (y - height < bottom()) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(SIZE);
            document.addPage(page);
            pages.add(page);
            stream = new PDPageContentStream(document, page);
            y = SIZE.getHeight() - MARGIN;
            if (pages.size() > 1) {
                write(MARGIN, y, runningHead, fonts.bold, 8, MUTED);
                y -= 8;
                rule(0.5f, RULE);
                y -= 14;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rule(float weight, Color color) {
        line(MARGIN, y, MARGIN + width(), y, weight, color);
    }

    private void line(float x1, float y1, float x2, float y2, float weight, Color color) {
        try {
            stream.setStrokingColor(color);
            stream.setLineWidth(weight);
            stream.moveTo(x1, y1);
            stream.lineTo(x2, y2);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fill(float x, float bottomY, float w, float h, Color color) {
        try {
            stream.setNonStrokingColor(color);
            stream.addRect(x, bottomY, w, h);
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(float x, float baseline, String text, PDType0Font font, float size, Color color) {
        draw(stream, x, baseline, safe(text, font), font, size, color);
    }

    private void writeRight(float right, float baseline, String text, PDType0Font font, float size, Color color) {
        String clean = safe(text, font);
        draw(stream, right - textWidth(clean, font, size), baseline, clean, font, size, color);
    }

    private void draw(PDPageContentStream cs, float x, float baseline, String text, PDType0Font font,
                             float size, Color color) {
        if (text.isEmpty()) {
            return;
        }
        try {
            cs.beginText();
            cs.setNonStrokingColor(color);
            cs.setFont(font, size);
            cs.newLineAtOffset(x, baseline);
            cs.showText(text);
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sum of cached glyph advances: measuring is the hot path of wrapping, so never re-encode strings. */
    float textWidth(String text, PDType0Font font, float size) {
        Map<Integer, Float> widths = font == fonts.bold ? boldWidths : regularWidths;
        float[] latin = font == fonts.bold ? boldLatin : regularLatin;
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 256 && latin[cp] >= 0) {
                units += latin[cp];
                continue;
            }
            Float w = widths.get(cp);
            if (w == null) {
                try {
                    w = font.getStringWidth(new String(Character.toChars(cp)));
                } catch (IOException | IllegalArgumentException e) {
                    w = 0f;
                }
                widths.put(cp, w);
                if (cp < 256) {
                    latin[cp] = w;
                }
            }
            units += w;
        }
        return units / 1000 * size;
    }

    /** The text wrapped to a width, honouring line breaks; words longer than the width are cut. */
    List<String> lines(String text, PDType0Font font, float size, float maxWidth) {
        List<String> out = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\r?\n", -1)) {
            StringBuilder current = new StringBuilder();
            for (String word : safe(paragraph, font).split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (textWidth(candidate, font, size) <= maxWidth) {
                    current.setLength(0);
                    current.append(candidate);
                    continue;
                }
                if (!current.isEmpty()) {
                    out.add(current.toString());
                    current.setLength(0);
                }
                String rest = word;
                while (textWidth(rest, font, size) > maxWidth && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && textWidth(rest.substring(0, cut), font, size) > maxWidth) {
                        cut--;
                    }
                    out.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                current.append(rest);
            }
            out.add(current.toString());
        }
        return out;
    }

    /** Replaces what the font cannot draw (tabs, control characters, rare symbols) so a document never fails. */
    String safe(String text, PDType0Font font) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        Map<Integer, Boolean> known = font == fonts.bold ? boldDrawable : regularDrawable;
        StringBuilder ok = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            // Printable ASCII is always in DejaVu Sans: skip the lookup for the common case.
            boolean drawable = (cp >= 32 && cp < 127) || cp != '\t' && known.computeIfAbsent(cp, c -> {
                try {
                    font.encode(new String(Character.toChars(c)));
                    return !Character.isISOControl(c);
                } catch (IllegalArgumentException | IOException missing) {
                    return false;
                }
            });
            if (!drawable && ok == null) {
                ok = new StringBuilder(text.substring(0, i));
            }
            if (ok != null) {
                ok.append(drawable ? text.substring(i, next) : cp == '\t' ? " " : "?");
            }
            i = next;
        }
        return ok == null ? text : ok.toString();
    }
}
