package ems.portal.testing;

import ems.Model;
import ems.account.AccountRole;
import ems.account.NewPortalAccount;
import ems.account.PortalAccount;
import ems.account.Section;
import ems.audit.Actor;
import ems.consignee.Consignee;
import ems.i18n.Language;
import ems.portal.PortalServer;
import ems.portal.PortalSettings;
import ems.testing.DbKind;
import ems.testing.ModelTest;
import ems.testing.MutableClock;
import ems.testing.TestDatabases;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import ems.catalog.Variant;
import ems.consignee.Region;
import ems.production.PoRequest;
import ems.production.RequestForm;
import ems.testing.Catalogues;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the portal's HTTP tests: a real server (javalin-testtools starts it on a free port) over a
 * fresh database, driven by a browser-like client.
 */
public abstract class PortalTest {

    protected static final Actor STAFF = ModelTest.STAFF;
    protected static final String PASSWORD = ModelTest.PASSWORD;

    protected final MutableClock clock = MutableClock.startingAt("2026-03-02T14:00:00Z");
    protected Model model;

    @FunctionalInterface
    protected interface Body {
        void run(PortalClient client, Javalin server) throws Exception;
    }

    @BeforeEach
    void openModel() {
        model = Model.open(TestDatabases.fresh(database()), clock, 8);
    }

    @AfterEach
    void closeModel() {
        model.close();
    }

    protected DbKind database() {
        return DbKind.H2;
    }

    /** Runs {@code body} against a started portal over this test's database. */
    protected void portal(Body body) {
        Javalin app = PortalServer.create(model, new PortalSettings(0, "http://localhost", null));
        JavalinTest.test(app, (server, ignored) -> body.run(new PortalClient(server.port()), server));
    }

    protected Consignee consignee(String code) {
        return model.consignees().create(STAFF, ModelTest.consigneeForm(code, "Consignee " + code));
    }

    protected PortalAccount primary(Consignee consignee, String email, boolean mustChange) {
        return model.portalAccounts().create(STAFF, new NewPortalAccount(consignee.id(), email, "Person " + email,
                AccountRole.PRIMARY, Set.of(), PASSWORD, Language.EN), mustChange);
    }

    /** A submitted request of the consignee for two sizes of a fresh product, FEDERAL and ON. */
    protected PoRequest submittedRequest(Consignee consignee, PortalAccount author, String product) {
        List<Variant> sizes = Catalogues.sizes(model, STAFF, consignee, product, "3.5 g", "28 g");
        RequestForm form = new RequestForm(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 27), "Federal first",
                List.of(new RequestForm.Line(sizes.get(0).id(), Region.FEDERAL, 120),
                        new RequestForm.Line(sizes.get(1).id(), Region.ON, 60)), "First try");
        return model.productionRequests().submit(Actor.portal(author.id(), author.name()), consignee.scope(), form,
                null);
    }

    /** An issued invoice of the consignee: one storage line, Ontario HST. */
    protected ems.invoice.Invoice issuedInvoice(Consignee consignee, String description) {
        var d = model.invoices().createDraft(STAFF, consignee.id());
        d = model.invoices().saveDraft(STAFF, d.id(), d.version(), new ems.invoice.InvoiceDraft(30, "", List.of(
                ems.invoice.DraftLine.of(description, "10", "18.40", "5.00")), List.of()));
        return model.invoices().issue(STAFF, d.id(), d.version(), LocalDate.of(2026, 2, 2));
    }

    /** A dispatched outbound order of the consignee, 6 units of a fresh product stamped for Ontario. */
    protected ems.outbound.OutboundOrder dispatchedOrder(Consignee consignee, String product) {
        Variant v = Catalogues.sizes(model, STAFF, consignee, product, "1 g").get(0);
        model.inventory().adjust(STAFF, consignee.id(), v.id(), ems.inventory.Bucket.ON, 24, "count");
        var o = model.outbound().create(STAFF, new ems.outbound.NewOutbound(consignee.id(), "LCBO Durham DC",
                "1 Distribution Way\nWhitby ON", ems.outbound.DestinationKind.PROVINCIAL_DISTRIBUTOR, Region.ON,
                "Purolator", LocalDate.of(2026, 3, 5), List.of(new ems.outbound.NewOutbound.Line(v.id(),
                ems.inventory.Bucket.ON, 6, 1))));
        o = model.outbound().advance(STAFF, o.id(), o.version(), ems.outbound.OutboundStatus.PICKING);
        o = model.outbound().advance(STAFF, o.id(), o.version(), ems.outbound.OutboundStatus.PACKED);
        return model.outbound().dispatch(STAFF, o.id(), o.version(), "Purolator", "PUR-" + o.number());
    }

    protected PortalAccount sub(Consignee consignee, String email, Set<Section> sections) {
        return model.portalAccounts().create(STAFF, new NewPortalAccount(consignee.id(), email, "Sub " + email,
                AccountRole.SUB, sections, PASSWORD, Language.EN), false);
    }
}
