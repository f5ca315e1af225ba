package ems.portal.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;
import java.io.OutputStream;

/**
 * Sends a generated PDF: application/pdf, a file name that carries the document number, never cached.
 * {@code inline} opens it in the browser's own viewer; otherwise it downloads.
 */
public final class PdfDownload {

    private PdfDownload() {
    }

    public static void send(Context ctx, String fileName, boolean inline, Consumer<OutputStream> drawing) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(32 * 1024);
        drawing.accept(pdf); // drawn completely before anything is sent: a failure is an error page, not half a file
        String safeName = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        ctx.contentType("application/pdf");
        ctx.header("Content-Disposition", (inline ? "inline" : "attachment") + "; filename=\"" + safeName + "\"");
        ctx.header("Cache-Control", "no-store");
        ctx.result(pdf.toByteArray());
    }
}
