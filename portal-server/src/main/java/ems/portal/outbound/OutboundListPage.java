package ems.portal.outbound;

import ems.outbound.OutboundOrder;
import ems.outbound.OutboundStatus;
import ems.portal.web.FormErrors;
import ems.portal.web.Shell;
import java.util.List;

public record OutboundListPage(Shell shell, String status, String q, String sort, FormErrors errors,
                               List<OutboundOrder> rows, String nextLink, String firstLink, String csvLink) {

    public List<OutboundStatus> statuses() {
        return List.of(OutboundStatus.DISPATCHED, OutboundStatus.IN_TRANSIT, OutboundStatus.DELIVERED);
    }

    public boolean filtered() {
        return !(status + q).isEmpty();
    }
}
