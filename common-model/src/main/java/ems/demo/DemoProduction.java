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
import java.time.Duration;
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
    private final StoryClock story;

    DemoProduction(Model model, Actor staff, StoryClock story) {
        this.model = model;
        this.staff = staff;
        this.story = story;
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
        story.rewind(Duration.ofDays(34));
        String stamps = consignee.stampSequenceRequirements();

        // Approved in one round, then produced: stamps the units and consumes the stamps.
        later();
        PoRequest produced = requests.submit(customer, scope, form(today(), 7, variants, regions, 0, 12, stamps,
                "Restock for the spring listing."), null);
        later();
        produced = requests.approve(staff, produced.id(), produced.version(), "Booked on line 2.");
        OrderRow order = order(produced);
        later();
        orders.schedule(staff, order.id(), order.version(), today().plusDays(1));
        order = order(produced);
        later();
        orders.start(staff, order.id(), order.version());
        order = order(produced);
        try {
            later();
            orders.complete(staff, order.id(), order.version());
        } catch (ValidationException e) {
            LOG.warn("demo production order {} left in progress: {}", order.number(), e.getMessage());
        }

        // Three rounds: sent back twice, approved on the third revision, now in production.
        later();
        PoRequest rounds = requests.submit(customer, scope, form(today(), 14, variants, regions, 1, 240, stamps,
                "Holiday volume; flexible on dates."), null);
        later();
        rounds = requests.sendBack(staff, rounds.id(), rounds.version(),
                "We can only stamp 120 per size for Quebec this month. Please reduce or move the dates.");
        later();
        rounds = requests.resubmit(customer, scope, rounds.id(), rounds.version(),
                form(today(), 21, variants, regions, 1, 120, stamps, "Reduced to 120 and moved a week."));
        later();
        rounds = requests.sendBack(staff, rounds.id(), rounds.version(),
                "Thanks. The last size is out of unstamped stock; please drop it or wait for the next shipment.");
        later();
        rounds = requests.resubmit(customer, scope, rounds.id(), rounds.version(),
                form(today(), 21, variants.subList(0, Math.max(1, variants.size() - 1)), regions, 1, 120, stamps,
                        "Dropped the last size."));
        later();
        rounds = requests.approve(staff, rounds.id(), rounds.version(), "");
        order = order(rounds);
        later();
        orders.schedule(staff, order.id(), order.version(), today().plusDays(1));
        order = order(rounds);
        later();
        orders.start(staff, order.id(), order.version());

        // Approved and scheduled; approved and planned; approved then cancelled.
        later();
        PoRequest scheduled = requests.approve(staff, submit(customer, scope, today(), 30, variants, regions, 2, 48,
                stamps).id(), 0, "");
        order = order(scheduled);
        later();
        orders.schedule(staff, order.id(), order.version(), today().plusDays(30));
        later();
        requests.approve(staff, submit(customer, scope, today(), 45, variants, regions, 3, 36, stamps).id(), 0, "");
        later();
        PoRequest cancelled = requests.approve(staff, submit(customer, scope, today(), 40, variants, regions, 4, 60,
                stamps).id(), 0, "");
        order = order(cancelled);
        later();
        orders.cancel(staff, order.id(), order.version());

        // Waiting for the customer after two rounds.
        PoRequest waiting = submit(customer, scope, today(), 20, variants, regions, 5, 72, stamps);
        later();
        waiting = requests.sendBack(staff, waiting.id(), waiting.version(), "Please split the order by region.");
        later();
        waiting = requests.resubmit(customer, scope, waiting.id(), waiting.version(),
                form(today(), 20, variants, regions, 5, 36, stamps, "Split as asked."));
        later();
        requests.sendBack(staff, waiting.id(), waiting.version(),
                "Federal stamps are short until the next delivery; can you start a week later?");

        // Rejected; withdrawn; and one waiting for the warehouse after three revisions.
        PoRequest rejected = submit(customer, scope, today(), 10, variants, regions, 6, 900, stamps);
        later();
        requests.reject(staff, rejected.id(), rejected.version(),
                "We cannot stamp 900 units per size before the requested date.");
        PoRequest withdrawn = submit(customer, scope, today(), 12, variants, regions, 7, 24, stamps);
        later();
        requests.withdraw(customer, scope, withdrawn.id(), withdrawn.version());
        later();
        PoRequest pending = requests.submit(customer, scope, form(today(), 28, variants, regions, 0, 24, stamps,
                "Same as last time, new dates."), produced.id());
        later();
        pending = requests.sendBack(staff, pending.id(), pending.version(), "Please confirm the stamp sequence.");
        later();
        pending = requests.resubmit(customer, scope, pending.id(), pending.version(),
                form(today(), 28, variants, regions, 0, 30, stamps + " Confirmed.", "Confirmed; added a few units."));
        later();
        pending = requests.sendBack(staff, pending.id(), pending.version(), "Which Quebec size did you mean?");
        later();
        requests.resubmit(customer, scope, pending.id(), pending.version(),
                form(today(), 29, variants, regions, 2, 30, stamps + " Confirmed.", "The larger size, sorry."));
    }

    /** The next step of the negotiation comes a few working hours after the previous one. */
    private void later() {
        story.pass(Duration.ofHours(5).plusMinutes(20));
    }

    private LocalDate today() {
        return story.today(Model.ZONE);
    }

    private PoRequest submit(Actor customer, ConsigneeScope scope, LocalDate today, int inDays, List<Long> variants,
                             List<Region> regions, int shift, int quantity, String stamps) {
        PoRequest submitted = requests.submit(customer, scope, form(today, inDays, variants, regions, shift, quantity,
                stamps, ""), null);
        later();
        return submitted;
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
