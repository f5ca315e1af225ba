package ems.portal.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Streams a CSV download row by row. Cells that a spreadsheet would run as a formula are defused with a
 * leading apostrophe (CSV injection).
 */
public final class CsvExport implements AutoCloseable {

    private final CSVPrinter printer;

    private CsvExport(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Starts the download: headers first, then the header row. */
    public static CsvExport start(Context ctx, String fileName, List<String> header) {
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        try {
            Writer writer = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
            writer.write('\uFEFF'); // so spreadsheet programs read the accents as UTF-8
            CsvExport export = new CsvExport(new CSVPrinter(writer, CSVFormat.RFC4180));
            export.row(header);
            return export;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void row(List<?> cells) {
        try {
            printer.printRecord(cells.stream().map(CsvExport::defuse).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String defuse(Object cell) {
        String text = cell == null ? "" : cell.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
