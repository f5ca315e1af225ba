package ems.portal.production;

import ems.portal.web.FormErrors;
import ems.portal.web.Shell;
import ems.production.PoStatus;
import ems.production.RequestRow;
import ems.production.RequestSort;
import java.util.List;
import java.util.Map;

/** /production/requests: the filter as typed, counts per status, one page of rows and the links. */
public record RequestsPage(Shell shell, String status, String q, String sort, FormErrors errors,
                           List<RequestRow> rows, String nextLink, String firstLink, String csvLink, boolean filtered,
                           Map<PoStatus, Integer> counts) {

    public List<PoStatus> statuses() {
        return List.of(PoStatus.values());
    }

    public List<RequestSort> sorts() {
        return List.of(RequestSort.values());
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
