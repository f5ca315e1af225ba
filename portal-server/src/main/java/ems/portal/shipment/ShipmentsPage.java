package ems.portal.shipment;

import ems.portal.web.FormErrors;
import ems.portal.web.Shell;
import ems.shipment.Phase;
import ems.shipment.Shipment;
import ems.shipment.ShipmentSort;
import java.util.List;

/** /shipments: the filter form as typed, one page of rows, and the links to the next page and the CSV. */
public record ShipmentsPage(Shell shell, String phase, String from, String to, String q, String sort,
                            FormErrors errors, List<Shipment> rows, String nextLink, String firstLink,
                            String csvLink, boolean filtered) {

    public List<Phase> phases() {
        return List.of(Phase.values());
    }

    public List<ShipmentSort> sorts() {
        return List.of(ShipmentSort.values());
    }
}
