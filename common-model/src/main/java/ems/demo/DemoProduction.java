package ems.demo;

import ems.Model;
import ems.account.AccountRole;
import ems.audit.Actor;
import ems.catalog.CatalogRow;
import ems.consignee.Consignee;
import ems.consignee.ConsigneeScope;
import ems.consignee.Region;
import ems.error.ValidationException;
import ems.production.OrderRow;
import ems.production.PoRequest;
import ems.production.ProductionOrderService;
import ems.production.ProductionRequestService;
import ems.production.RequestForm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Production requests in every status (two of them through three rounds of revision) and production
 * orders in every status, negotiated through the same services the apps use, so the history, notes,
 * notifications and e-mails are exactly what real use leaves behind.
 */
final class DemoProduction {

    private static final Logger LOG = LoggerFactory.getLogger(DemoProduction.class);

    private final Model model;
    private final Actor staff;
    private final ProductionRequestService requests;
    private final ProductionOrderService orders;

    DemoProduction(Model model, Actor staff) {
        this.model = model;
        this.staff = staff;
        this.requests = model.productionRequests();
        this.orders = model.productionOrders();
    }

    void seed(Consignee consignee) {
        ConsigneeScope scope = new ConsigneeScope(consignee.id());
        if (requests.counts(consignee.id()).values().stream().mapToInt(Integer::intValue).sum() > 0) {
            return;
        }
        var primary = model.portalAccounts().forConsignee(consignee.id()).stream()
                .filter(a -> a.role() == AccountRole.PRIMARY).findFirst().orElseThrow();
        Actor customer = Actor.portal(primary.id(), primary.name());
        List<Long> variants = model.catalog().catalogue(consignee.id()).stream().filter(r -> r.variantId() != null)
                .map(CatalogRow::variantId).toList();
        List<Region> regions = consignee.regions().stream().sorted().toList();
        LocalDate today = LocalDate.ofInstant(model.clock().instant(), Model.ZONE);
        String stamps = consignee.stampSequenceRequirements();

        // Approved in one round, then produced: stamps the units and consumes the stamps.
        PoRequest produced = requests.submit(customer, scope, form(today, 7, variants, regions, 0, 12, stamps,
                "Restock for the spring listing."), null);
        produced = requests.approve(staff, produced.id(), produced.version(), "Booked on line 2.");
        OrderRow order = order(produced);
        orders.schedule(staff, order.id(), order.version(), today.plusDays(7));
        order = order(produced);
        orders.start(staff, order.id(), order.version());
        order = order(produced);
        try {
            orders.complete(staff, order.id(), order.version());
        } catch (ValidationException e) {
            LOG.warn("demo production order {} left in progress: {}", order.number(), e.getMessage());
        }

        // Three rounds: sent back twice, approved on the third revision, now in production.
        PoRequest rounds = requests.submit(customer, scope, form(today, 14, variants, regions, 1, 240, stamps,
                "Holiday volume; flexible on dates."), null);
        rounds = requests.sendBack(staff, rounds.id(), rounds.version(),
                "We can only stamp 120 per size for Quebec this month. Please reduce or move the dates.");
        rounds = requests.resubmit(customer, scope, rounds.id(), rounds.version(),
                form(today, 21, variants, regions, 1, 120, stamps, "Reduced to 120 and moved a week."));
        rounds = requests.sendBack(staff, rounds.id(), rounds.version(),
                "Thanks. The last size is out of unstamped stock; please drop it or wait for the next shipment.");
        rounds = requests.resubmit(customer, scope, rounds.id(), rounds.version(),
                form(today, 21, variants.subList(0, Math.max(1, variants.size() - 1)), regions, 1, 120, stamps,
                        "Dropped the last size."));
        rounds = requests.approve(staff, rounds.id(), rounds.version(), "");
        order = order(rounds);
        orders.schedule(staff, order.id(), order.version(), today.plusDays(21));
        order = order(rounds);
        orders.start(staff, order.id(), order.version());

        // Approved and scheduled; approved and planned; approved then cancelled.
        PoRequest scheduled = requests.approve(staff, submit(customer, scope, today, 30, variants, regions, 2, 48,
                stamps).id(), 0, "");
        order = order(scheduled);
        orders.schedule(staff, order.id(), order.version(), today.plusDays(30));
        requests.approve(staff, submit(customer, scope, today, 45, variants, regions, 3, 36, stamps).id(), 0, "");
        PoRequest cancelled = requests.approve(staff, submit(customer, scope, today, 40, variants, regions, 4, 60,
                stamps).id(), 0, "");
        order = order(cancelled);
        orders.cancel(staff, order.id(), order.version());

        // Waiting for the customer after two rounds.
        PoRequest waiting = submit(customer, scope, today, 20, variants, regions, 5, 72, stamps);
        waiting = requests.sendBack(staff, waiting.id(), waiting.version(), "Please split the order by region.");
        waiting = requests.resubmit(customer, scope, waiting.id(), waiting.version(),
                form(today, 20, variants, regions, 5, 36, stamps, "Split as asked."));
        requests.sendBack(staff, waiting.id(), waiting.version(),
                "Federal stamps are short until the next delivery; can you start a week later?");

        // Rejected; withdrawn; and one waiting for the warehouse after three revisions.
        PoRequest rejected = submit(customer, scope, today, 10, variants, regions, 6, 900, stamps);
        requests.reject(staff, rejected.id(), rejected.version(),
                "We cannot stamp 900 units per size before the requested date.");
        PoRequest withdrawn = submit(customer, scope, today, 12, variants, regions, 7, 24, stamps);
        requests.withdraw(customer, scope, withdrawn.id(), withdrawn.version());
        PoRequest pending = requests.submit(customer, scope, form(today, 28, variants, regions, 0, 24, stamps,
                "Same as last time, new dates."), produced.id());
        pending = requests.sendBack(staff, pending.id(), pending.version(), "Please confirm the stamp sequence.");
        pending = requests.resubmit(customer, scope, pending.id(), pending.version(),
                form(today, 28, variants, regions, 0, 30, stamps + " Confirmed.", "Confirmed; added a few units."));
        pending = requests.sendBack(staff, pending.id(), pending.version(), "Which Quebec size did you mean?");
        requests.resubmit(customer, scope, pending.id(), pending.version(),
                form(today, 29, variants, regions, 2, 30, stamps + " Confirmed.", "The larger size, sorry."));
    }

    private PoRequest submit(Actor customer, ConsigneeScope scope, LocalDate today, int inDays, List<Long> variants,
                             List<Region> regions, int shift, int quantity, String stamps) {
        return requests.submit(customer, scope, form(today, inDays, variants, regions, shift, quantity, stamps, ""),
                null);
    }

    private OrderRow order(PoRequest request) {
        return orders.work(null, request.consigneeId(), 500).stream().filter(o -> o.requestId() == request.id())
                .findFirst().orElseThrow();
    }

    /** Two or three sizes, starting at {@code shift}, across the first two regions of the footprint. */
    private static RequestForm form(LocalDate today, int inDays, List<Long> variants, List<Region> regions, int shift,
                                    int quantity, String stamps, String note) {
        List<RequestForm.Line> lines = new ArrayList<>();
        int sizes = Math.min(3, variants.size());
        for (int i = 0; i < sizes; i++) {
            long variant = variants.get((shift + i) % variants.size());
            for (int r = 0; r < Math.min(2, regions.size()); r++) {
                lines.add(new RequestForm.Line(variant, regions.get(r), quantity / (r + 1)));
            }
        }
        return new RequestForm(today.plusDays(inDays), today.plusDays(inDays + 7), stamps, lines, note);
    }
}
