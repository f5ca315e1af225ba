package ems.portal.report;

import ems.portal.web.FormErrors;
import ems.portal.web.Shell;
import ems.report.ReportRequest;
import ems.report.ReportType;
import java.util.List;

/** /reports: the report types this account may generate and the form as typed. */
public record ReportsPage(Shell shell, List<ReportType> types, Form form, FormErrors errors) {

    public record Form(String type, String from, String to) {
    }

    public int maxDays() {
        return ReportRequest.MAX_DAYS;
    }
}
