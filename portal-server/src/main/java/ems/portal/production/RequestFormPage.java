package ems.portal.production;

import ems.portal.web.FormErrors;
import ems.portal.web.Shell;
import ems.production.PoRequest;
import ems.production.RequestRow;
import java.time.LocalDate;
import java.util.List;

/**
 * The request grid, new or revised. {@code revising} is the request being revised (null for a new one);
 * {@code source} the previous request a new one starts from; {@code notCarried} how many of its lines the
 * catalogue or footprint no longer takes.
 */
public record RequestFormPage(Shell shell, RequestGrid grid, FormErrors errors, PoRequest revising, PoRequest source,
                              int notCarried, List<RequestRow> previous, LocalDate today, String problem) {

    public String action() {
        return revising == null ? "/production/requests" : "/production/requests/" + revising.id() + "/resubmit";
    }
}
