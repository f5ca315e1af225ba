package ems.admin.invoice;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders a document the way the customer downloads it — the same PDF bytes, drawn by PDFBox page by
 * page — as images for the desktop's preview. Runs off the UI thread; images are made on it.
 */
public final class PdfPages {

    private PdfPages() {
    }

    /** PNG bytes of every page of the drawn document (work for a background thread). */
    public static List<byte[]> render(Consumer<OutputStream> drawing, float dpi) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        drawing.accept(pdf);
        List<byte[]> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, dpi);
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(image, "png", png);
                pages.add(png.toByteArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    public static List<Image> images(List<byte[]> pngs) {
        return pngs.stream().map(b -> new Image(new ByteArrayInputStream(b))).toList();
    }
}
