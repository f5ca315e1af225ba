package ems.admin.report;

import static org.assertj.core.api.Assertions.assertThat;

import ems.admin.testing.DesktopTest;
import ems.pdf.Letterhead;
import ems.report.ReportType;
import ems.testing.ModelTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsViewModelTest extends DesktopTest {

    @Test
    void generatesAnyConsigneesReportPreviewsItAndSavesThePdf(@TempDir Path dir) throws Exception {
        model.consignees().create(session.actor(), ModelTest.consigneeForm("NLC", "Northern"));
        var vm = new ReportsViewModel(model.reports(), model.consignees(), Letterhead.fromEnvironment(),
                LocalDate.of(2026, 3, 2), executor, text);
        vm.load();
        vm.generate();
        assertThat(vm.errors().general().get()).isEqualTo("Choose a consignee first.");
        vm.consigneeProperty().set(vm.consignees().get(0));
        vm.typeProperty().set(ReportType.SHIPMENTS);
        vm.fromProperty().set(LocalDate.of(2026, 3, 10));
        vm.toProperty().set(LocalDate.of(2026, 3, 1));
        vm.generate();
        assertThat(vm.errors().field("to").get()).isEqualTo("The end date must not be before the start date.");
        vm.fromProperty().set(LocalDate.of(2026, 2, 1));
        vm.generate();
        assertThat(vm.previewProperty().get()).hasSize(1);
        Path file = dir.resolve(vm.suggestedName());
        assertThat(vm.save(file)).isTrue();
        assertThat(new String(Files.readAllBytes(file), 0, 5)).isEqualTo("%PDF-");
        assertThat(vm.suggestedName()).isEqualTo("NLC-shipments-2026-02-01-to-2026-03-01.pdf");
    }
}
