package ems.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans (regular and bold) from the classpath, embedded as subsets so French accents print
 * everywhere and files stay small. The font files are read once; each thread parses its own copy once
 * (a parsed font is not safe to share between threads), so a document costs no font parsing.
 */
final class PdfFonts {

    private static final byte[] REGULAR = read("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = read("/fonts/DejaVuSans-Bold.ttf");
    private static final ThreadLocal<TrueTypeFont[]> PARSED = ThreadLocal.withInitial(
            () -> new TrueTypeFont[] {parse(REGULAR), parse(BOLD)});

    final PDType0Font regular;
    final PDType0Font bold;

    private PdfFonts(PDType0Font regular, PDType0Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    static PdfFonts load(PDDocument document) {
        TrueTypeFont[] fonts = PARSED.get();
        try {
            return new PdfFonts(PDType0Font.load(document, fonts[0], true), PDType0Font.load(document, fonts[1], true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont parse(byte[] bytes) {
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            // Without a GSUB table PDFBox skips glyph shaping in showText(): our documents are Latin text that
            // needs none, and shaping (regex-based) was ~70% of drawing time in profiles of a long report.
            font.getTableMap().remove("GSUB");
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
