package ems.admin.report;

import ems.admin.invoice.PdfPages;
import ems.admin.ui.Failures;
import ems.admin.ui.FormErrors;
import ems.admin.ui.Text;
import ems.admin.ui.UiExecutor;
import ems.consignee.Consignee;
import ems.consignee.ConsigneeService;
import ems.pdf.Letterhead;
import ems.report.ReportRequest;
import ems.report.ReportService;
import ems.report.ReportType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The customers' reports, for any consignee: generated from live data, previewed, saved as PDF. */
public final class ReportsViewModel {

    private final ObservableList<Consignee> consignees = FXCollections.observableArrayList();
    private final ObjectProperty<Consignee> consignee = new SimpleObjectProperty<>();
    private final ObjectProperty<ReportType> type = new SimpleObjectProperty<>(ReportType.SHIPMENTS);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<List<byte[]>> preview = new SimpleObjectProperty<>(List.of());
    private final StringProperty message = new SimpleStringProperty("");
    private final ReportService reports;
    private final ConsigneeService consigneeService;
    private final Letterhead letterhead;
    private final UiExecutor executor;
    private final Text text;
    private final FormErrors errors;
    private byte[] lastPdf;
    private String lastName = "report.pdf";

    public ReportsViewModel(ReportService reports, ConsigneeService consigneeService, Letterhead letterhead,
                            LocalDate today, UiExecutor executor, Text text) {
        this.reports = reports;
        this.consigneeService = consigneeService;
        this.letterhead = letterhead;
        this.executor = executor;
        this.text = text;
        this.errors = new FormErrors(text);
        from.set(today.withDayOfMonth(1));
        to.set(today);
    }

    public void load() {
        executor.run(() -> consigneeService.search(""), consignees::setAll, f -> Failures.show(f, errors, text));
    }

    public void generate() {
        Consignee c = consignee.get();
        if (c == null) {
            errors.clear();
            errors.showGeneral(text.get("invoices.chooseConsignee"));
            return;
        }
        ReportType t = type.get();
        String fromText = from.get() == null ? "" : from.get().toString();
        String toText = to.get() == null ? "" : to.get().toString();
        executor.run(() -> {
            ReportRequest request = ReportRequest.parse(t == null ? "" : t.name(), fromText, toText);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            reports.write(c.scope(), request, text.language(), letterhead, pdf);
            return new Generated(pdf.toByteArray(), reports.fileName(c, request),
                    PdfPages.render(out -> copy(pdf.toByteArray(), out), 80));
        }, generated -> {
            errors.clear();
            lastPdf = generated.pdf();
            lastName = generated.name();
            preview.set(generated.pages());
            message.set(text.get("reports.generated", generated.pages().size()));
        }, failure -> Failures.show(failure, errors, text));
    }

    /** Writes the last generated report; false when there is none yet. */
    public boolean save(Path file) {
        if (lastPdf == null) {
            return false;
        }
        try {
            Files.write(file, lastPdf);
            message.set(text.get("reports.saved", file.getFileName()));
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(byte[] bytes, java.io.OutputStream out) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String suggestedName() {
        return lastName;
    }

    private record Generated(byte[] pdf, String name, List<byte[]> pages) {
    }

    public ObservableList<Consignee> consignees() { return consignees; }
    public ObjectProperty<Consignee> consigneeProperty() { return consignee; }
    public ObjectProperty<ReportType> typeProperty() { return type; }
    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public ObjectProperty<List<byte[]>> previewProperty() { return preview; }
    public StringProperty messageProperty() { return message; }
    public FormErrors errors() { return errors; }
}
