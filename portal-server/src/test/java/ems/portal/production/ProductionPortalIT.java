package ems.portal.production;

import static org.assertj.core.api.Assertions.assertThat;

import ems.account.PortalAccount;
import ems.catalog.Variant;
import ems.consignee.Consignee;
import ems.production.PoRequest;
import ems.production.PoStatus;
import ems.portal.testing.PortalClient;
import ems.portal.testing.PortalTest;
import ems.testing.Catalogues;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The production pages over real HTTP: scoping, the grid's validation, the loop, and notifications. */
class ProductionPortalIT extends PortalTest {

    private Consignee nlc;
    private Consignee other;
    private PortalAccount ops;
    private PortalAccount theirs;
    private List<Variant> sizes;

    @BeforeEach
    void data() {
        nlc = consignee("NLC"); // footprint FEDERAL + ON
        other = consignee("OTH");
        ops = primary(nlc, "ops@nlc.test", false);
        theirs = primary(other, "ops@oth.test", false);
        sizes = Catalogues.sizes(model, STAFF, nlc, "Blue Dream", "3.5 g", "28 g");
    }

    private String[] form(String... cells) {
        List<String> all = new ArrayList<>(List.of("preferredFrom", "2026-03-20", "preferredTo", "2026-03-27",
                "stampSequence", "Federal first", "note", ""));
        all.addAll(List.of(cells));
        return all.toArray(String[]::new);
    }

    private String cell(Variant v, String region) {
        return "q_" + v.id() + "_" + region;
    }

    private int requestCount() {
        return model.productionRequests().counts(null).values().stream().mapToInt(Integer::intValue).sum();
    }

    @Test
    void aCustomerSubmitsFromTheGridAndSeesTheRequestWithItsLines() {
        portal((http, server) -> {
            http.signIn("ops@nlc.test", PASSWORD);
            var grid = http.get("/production/requests/new");
            assertThat(grid.status()).isEqualTo(200);
            assertThat(grid.html().select("table.grid th[scope=col]").eachText()).contains("Federal", "Ontario")
                    .doesNotContain("Quebec", "Alberta");
            assertThat(grid.html().select("input[name=" + cell(sizes.get(1), "ON") + "]")).hasSize(1);

            var submitted = http.post("/production/requests", form(cell(sizes.get(0), "FEDERAL"), "120",
                    cell(sizes.get(1), "ON"), " 60 "));
            assertThat(submitted.status()).isEqualTo(303);
            assertThat(submitted.location()).matches("/production/requests/\\d+\\?notice=submitted");

            var page = http.get(submitted.location());
            assertThat(page.html().select("#current tbody tr")).hasSize(2);
            assertThat(page.html().select("#current tfoot").text()).contains("180");
            assertThat(page.html().select(".status").first().text()).isEqualTo("Submitted");
            assertThat(page.body()).contains("Your request was submitted");
        });
    }

    @Test
    void badGridsAreRefusedNextToTheirFieldsAndSaveNothing() {
        Variant foreignSize = Catalogues.sizes(model, STAFF, other, "Not yours", "1 g").get(0);
        String good = cell(sizes.get(0), "FEDERAL");
        portal((http, server) -> {
            http.signIn("ops@nlc.test", PASSWORD);
            http.get("/production/requests/new");
            record Case(String what, String[] form, String where) { }
            List<Case> cases = List.of(
                    new Case("empty", form(), "#form-errors"),
                    new Case("zero", form(good, "0"), "td.has-error"),
                    new Case("negative", form(good, "-5"), "td.has-error"),
                    new Case("fraction", form(good, "1.5"), "td.has-error"),
                    new Case("words", form(good, "lots"), "td.has-error"),
                    new Case("absurd", form(good, "2000000"), "td.has-error"),
                    new Case("region outside the footprint", form(cell(sizes.get(0), "QC"), "10"), "#form-errors"),
                    new Case("unknown region", form(cell(sizes.get(0), "XX"), "10"), "#form-errors"),
                    new Case("another consignee's product", form("q_" + foreignSize.id() + "_FEDERAL", "10"),
                            "#form-errors"),
                    new Case("end before start", replace(form(good, "10"), "preferredTo", "2026-03-10"),
                            "#preferredTo-error"),
                    new Case("start in the past", replace(form(good, "10"), "preferredFrom", "2026-02-01"),
                            "#preferredFrom-error"),
                    new Case("garbled date", replace(form(good, "10"), "preferredFrom", "next week"),
                            "#preferredFrom-error"),
                    new Case("note too long", replace(form(good, "10"), "note", "x".repeat(2_001)), ".has-error"));
            for (Case c : cases) {
                var answer = http.post("/production/requests", c.form());
                assertThat(answer.status()).as(c.what()).isEqualTo(422);
                assertThat(answer.html().select(c.where())).as(c.what() + " shows " + c.where()).isNotEmpty();
            }
            assertThat(requestCount()).isZero();
            var kept = http.post("/production/requests", form(good, "12", cell(sizes.get(1), "ON"), "abc"));
            assertThat(kept.html().select("input[name=" + good + "]").val()).as("typed values come back").isEqualTo("12");
            assertThat(kept.html().select("input[name=" + cell(sizes.get(1), "ON") + "]").val()).isEqualTo("abc");
        });
    }

    private static String[] replace(String[] form, String key, String value) {
        for (int i = 0; i < form.length; i += 2) {
            if (form[i].equals(key)) {
                form[i + 1] = value;
            }
        }
        return form;
    }

    @Test
    void theRevisionLoopOverHttpShowsEveryRevisionItsChangesAndTheNotes() {
        PoRequest request = submittedRequest(nlc, ops, "Haze");
        var staffSide = model.productionRequests();
        request = staffSide.sendBack(STAFF, request.id(), request.version(), "Ontario is short of stamps");
        long id = request.id();
        var detail = model.productionRequests().detail(nlc.scope(), id);
        var lines = detail.current().lines();
        portal((http, server) -> {
            http.signIn("ops@nlc.test", PASSWORD);
            var page = http.get("/production/requests/" + id);
            assertThat(page.html().select(".callout.attention").text()).contains("Ontario is short of stamps");
            assertThat(page.html().select("#unread-count").text()).isEqualTo("1");

            var revise = http.get("/production/requests/" + id + "/revise");
            assertThat(revise.html().select("input[name=q_" + lines.get(0).variantId() + "_" + lines.get(0).region() + "]")
                    .val()).isEqualTo(String.valueOf(lines.get(0).quantity()));
            var version = revise.html().select("input[name=version]").val();

            var resubmitted = http.post("/production/requests/" + id + "/resubmit", "version", version,
                    "preferredFrom", "2026-03-21", "preferredTo", "2026-03-27", "stampSequence", "Federal first",
                    "note", "Reduced Ontario",
                    "q_" + lines.get(0).variantId() + "_" + lines.get(0).region(), String.valueOf(lines.get(0).quantity()),
                    "q_" + lines.get(1).variantId() + "_" + lines.get(1).region(), "30");
            assertThat(resubmitted.status()).isEqualTo(303);
            var after = http.get("/production/requests/" + id);
            assertThat(after.html().select(".status").first().text()).isEqualTo("Submitted");
            assertThat(after.html().select("details.revision")).hasSize(2);
            assertThat(after.html().select("details.revision").first().select(".change-changed").text())
                    .contains(lines.get(1).quantity() + " → 30");
            assertThat(after.html().select(".change-changed").text()).contains("Preferred start moved");
            assertThat(after.html().select("#notes .thread li").eachText()).hasSize(3)
                    .anySatisfy(t -> assertThat(t).contains("Reduced Ontario"));
            assertThat(after.html().select(".timeline li")).hasSize(3);

            // The same version again is stale: someone (this tab) already resubmitted.
            var again = http.post("/production/requests/" + id + "/resubmit", "version", version,
                    "preferredFrom", "2026-03-21", "preferredTo", "2026-03-27",
                    "q_" + lines.get(0).variantId() + "_" + lines.get(0).region(), "5");
            assertThat(again.status()).isEqualTo(409);
            assertThat(model.productionRequests().detail(nlc.scope(), id).revisions()).hasSize(2);
        });
    }

    @Test
    void withdrawingNeedsConfirmationAndTheCurrentVersion() {
        PoRequest request = submittedRequest(nlc, ops, "Haze");
        portal((http, server) -> {
            http.signIn("ops@nlc.test", PASSWORD);
            http.get("/production/requests/" + request.id());
            String path = "/production/requests/" + request.id() + "/withdraw";
            assertThat(http.post(path, "version", "0").status()).as("no confirmation").isEqualTo(422);
            model.productionRequests().sendBack(STAFF, request.id(), 0, "Please change the dates");
            var stale = http.post(path, "version", "0", "confirm", "on");
            assertThat(stale.status()).isEqualTo(409);
            assertThat(stale.body()).contains("Someone else changed this request");
            assertThat(stale.html().select(".status").first().text()).isEqualTo("Revision requested");
            assertThat(http.post(path, "version", "1", "confirm", "on").status()).isEqualTo(303);
            assertThat(model.productionRequests().detail(nlc.scope(), request.id()).request().status())
                    .isEqualTo(PoStatus.WITHDRAWN);
            var decided = http.post(path, "version", "2", "confirm", "on");
            assertThat(decided.status()).as("withdrawing a withdrawn request").isEqualTo(409);
        });
    }

    @Test
    void listsShowOnlyTheConsigneesOwnRequestsAndOrdersWithCountsAndCsv() {
        PoRequest mine = submittedRequest(nlc, ops, "Haze");
        PoRequest approved = model.productionRequests().approve(STAFF, submittedRequest(nlc, ops, "Gold").id(), 0, "");
        PoRequest foreign = submittedRequest(other, theirs, "Secret Kush");
        model.productionRequests().approve(STAFF, foreign.id(), 0, "");
        portal((http, server) -> {
            http.signIn("ops@nlc.test", PASSWORD);
            var list = http.get("/production/requests");
            assertThat(list.html().select("table.requests tbody tr")).hasSize(2);
            assertThat(list.body()).contains(mine.number(), approved.number()).doesNotContain(foreign.number());
            assertThat(list.html().select(".status-tabs a").eachText()).contains("All 2", "Submitted 1", "Approved 1");
            assertThat(http.get("/production/requests?status=APPROVED").html().select("table.requests tbody tr"))
                    .hasSize(1);
            assertThat(http.get("/production/requests?q=gold").body()).contains(approved.number())
                    .doesNotContain(mine.number());
            assertThat(http.get("/production/requests?q=" + "x".repeat(61)).status()).isEqualTo(400);
            var csv = http.get("/production/requests?format=csv");
            assertThat(csv.header("Content-Type")).startsWith("text/csv");
            assertThat(csv.body().lines()).hasSize(3);
            assertThat(csv.body()).doesNotContain(foreign.number());

            var orders = http.get("/production/orders");
            assertThat(orders.html().select("tbody tr")).hasSize(1);
            assertThat(orders.body()).doesNotContain("PO-OTH");
            var ordersCsv = http.get("/production/orders?format=csv");
            assertThat(ordersCsv.body().lines()).hasSize(2);
            assertThat(ordersCsv.body()).contains(approved.number()).doesNotContain("PO-OTH");
            var order = http.get(orders.html().select("tbody a").first().attr("href"));
            assertThat(order.status()).isEqualTo(200);
            assertThat(order.body()).contains(approved.number(), "Planned");
        });
    }

    @Test
    void openingANotificationMarksItReadAndGoesToTheRequest() {
        PoRequest request = submittedRequest(nlc, ops, "Haze");
        model.productionRequests().approve(STAFF, request.id(), request.version(), "Booked");
        portal((http, server) -> {
            http.signIn("ops@nlc.test", PASSWORD);
            var list = http.get("/notifications");
            assertThat(list.html().select("#unread-count").text()).isEqualTo("1");
            assertThat(list.html().select("li.unread").text()).contains(request.number() + " was approved");
            String action = list.html().select("li.unread form").attr("action");
            var open = http.post(action);
            assertThat(open.status()).isEqualTo(303);
            assertThat(open.location()).isEqualTo("/production/requests/" + request.id());
            assertThat(http.get("/notifications").html().select("#unread-count")).isEmpty();
            assertThat(http.post("/notifications/read").status()).isEqualTo(303);

            // Another consignee's people never see it.
            PortalClient them = new PortalClient(server.port());
            them.signIn("ops@oth.test", PASSWORD);
            assertThat(them.get("/notifications").body()).doesNotContain(request.number());
            assertThat(them.post(action).status()).isEqualTo(404);
        });
    }

    @Test
    void theDashboardCountsOpenRequestsOnlyForAccountsThatSeeProduction() {
        PoRequest open = submittedRequest(nlc, ops, "Haze");
        PoRequest sentBack = submittedRequest(nlc, ops, "Gold");
        model.productionRequests().sendBack(STAFF, sentBack.id(), sentBack.version(), "Dates");
        model.productionRequests().approve(STAFF, submittedRequest(nlc, ops, "Kush").id(), 0, "");
        sub(nlc, "billing@nlc.test", java.util.EnumSet.of(ems.account.Section.INVOICES));
        portal((http, server) -> {
            http.signIn("ops@nlc.test", PASSWORD);
            var widget = http.get("/").html().select("#production-widget");
            assertThat(widget.select(".big-number").text()).startsWith("2");
            assertThat(widget.select(".phase-counts li").eachText()).containsExactly("Submitted 1",
                    "Revision requested 1", "Approved 1");
            assertThat(open.status()).isEqualTo(PoStatus.SUBMITTED);

            PortalClient billing = new PortalClient(server.port());
            billing.signIn("billing@nlc.test", PASSWORD);
            var dashboard = billing.get("/");
            assertThat(dashboard.html().select("#production-widget")).isEmpty();
            assertThat(dashboard.html().select("nav.main-nav").text()).doesNotContain("Production");
        });
    }

    @Test
    void aSubAccountThatLosesProductionNoLongerSeesItsNotifications() {
        var plant = sub(nlc, "plant@nlc.test", java.util.EnumSet.of(ems.account.Section.PRODUCTION,
                ems.account.Section.INVENTORY));
        PoRequest request = submittedRequest(nlc, ops, "Haze");
        model.productionRequests().approve(STAFF, request.id(), request.version(), "");
        portal((http, server) -> {
            http.signIn("plant@nlc.test", PASSWORD);
            assertThat(http.get("/notifications").html().select("#unread-count").text()).isEqualTo("1");
            long id = model.notifications().forAccount(plant.id(), 1).get(0).id();
            var account = model.subAccounts().get(nlc.scope(), plant.id());
            model.subAccounts().setSections(STAFF, nlc.scope(), plant.id(), account.version(),
                    java.util.EnumSet.of(ems.account.Section.INVENTORY));
            var after = http.get("/notifications");
            assertThat(after.html().select("#unread-count")).isEmpty();
            assertThat(after.html().select("ul.notifications li")).isEmpty();
            http.get("/notifications");
            assertThat(http.post("/notifications/" + id + "/open").status()).isEqualTo(404);
        });
    }
}
