package ems.bench;

import ems.i18n.Language;
import ems.pdf.Column;
import ems.pdf.Documents;
import ems.pdf.InvoicePdf;
import ems.pdf.OutboundPdf;
import ems.pdf.TablePdf;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * Time per document for each document type and for a 10,000-row report table, drawn into a discarding
 * stream after a warm-up. Run with bench/pdf-benchmark.sh (which caps the heap, so "it ran in N MB" is
 * a fact, not an estimate).
 */
public final class PdfBenchmark {

    private PdfBenchmark() {
    }

    public static void main(String[] args) {
        var invoice = Documents.invoice(12);
        var outbound = Documents.outbound();
        measure("invoice (12 lines, 1-2 pages)", 2_000,
                out -> InvoicePdf.write(invoice, Documents.HEAD, Language.FR, out));
        measure("packing slip", 2_000, out -> OutboundPdf.packingSlip(outbound, Documents.HEAD, Language.EN, out));
        measure("bill of lading", 2_000, out -> OutboundPdf.billOfLading(outbound, Documents.HEAD, Language.EN, out));
        measure("report, 100-row table", 500, out -> table(100, out));
        measure("report, 10,000-row table", 10, out -> table(10_000, out));
        Runtime rt = Runtime.getRuntime();
        System.out.printf("max heap %d MB%n", rt.maxMemory() / (1024 * 1024));
    }

    private static void table(int rows, OutputStream out) {
        Iterable<List<String>> data = () -> new java.util.Iterator<>() {
            int n;

            @Override
            public boolean hasNext() {
                return n < rows;
            }

            @Override
            public List<String> next() {
                n++;
                return List.of("SHP-BVB-" + n, "2026-11-" + (n % 28 + 1), "Purolator", "TRK" + (7_340_000 + n),
                        String.valueOf(n % 500));
            }
        };
        TablePdf.write(Documents.HEAD, Language.EN, "Shipment report", "RPT-2026-11",
                List.<String[]>of(new String[] {"Consignee", "Bayview Botanicals Ltée"},
                        new String[] {"Period", "Nov. 1–30, 2026"}),
                List.of(Column.left("Shipment", 2), Column.left("Date", 1.3f), Column.left("Carrier", 1.6f),
                        Column.left("Tracking", 1.8f), Column.right("Units", 0.9f)), data, out);
    }

    private static void measure(String name, int runs, Consumer<OutputStream> render) {
        CountingStream sink = new CountingStream();
        for (int i = 0; i < Math.max(3, runs / 5); i++) {
            render.accept(sink);
        }
        System.gc();
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            sink.bytes = 0;
            render.accept(sink);
        }
        double ms = (System.nanoTime() - start) / 1e6 / runs;
        Runtime rt = Runtime.getRuntime();
        long usedMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        System.out.printf("%-28s %9.3f ms/document  %7d KB  (heap in use after: %d MB)%n", name, ms,
                sink.bytes / 1024, usedMb);
    }

    /** Counts what would be written, keeps nothing. */
    private static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
