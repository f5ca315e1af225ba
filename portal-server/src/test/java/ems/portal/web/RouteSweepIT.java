package ems.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import ems.portal.PortalServer;
import ems.portal.PortalSettings;
import ems.portal.testing.PortalClient;
import ems.portal.testing.PortalTest;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.security.Roles;
import io.javalin.security.RouteRole;
import ems.account.Section;
import ems.account.PortalAccount;
import ems.consignee.Consignee;
import ems.production.PoRequest;
import ems.shipment.NewShipment;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Sweeps every route the portal registers — new routes are covered the moment they exist — and proves
 * the security baseline holds for each of them.
 */
class RouteSweepIT extends PortalTest {

    private List<Endpoint> endpoints() {
        Javalin app = PortalServer.create(model, new PortalSettings(0, "http://localhost", null));
        Set<HandlerType> requests = Set.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.PATCH,
                HandlerType.DELETE, HandlerType.QUERY);
        List<Endpoint> all = app.unsafe.internalRouter.allHttpHandlers().stream().map(p -> p.endpoint)
                .filter(e -> requests.contains(e.method)).toList();
        assertThat(all).as("the sweep must see the portal's routes").hasSizeGreaterThan(8);
        return all;
    }

    private static Access access(Endpoint endpoint) {
        Roles roles = endpoint.metadata(Roles.class);
        Set<RouteRole> declared = roles == null ? Set.of() : roles.getRoles();
        assertThat(declared).as("%s %s must declare exactly one access level", endpoint.method, endpoint.path)
                .hasSize(1).allMatch(Access.class::isInstance);
        return (Access) declared.iterator().next();
    }

    private static String concrete(String path) {
        return path.replace("{file}", "portal.css").replaceAll("\\{[^}]+}", "1");
    }

    /**
     * How to make another consignee's object for each route with an id. A new route with an id and no
     * entry here fails the sweep, so its tenant scoping is always proven.
     */
    private Map<String, LongSupplier> foreignObjects(Consignee other) {
        PortalAccount someoneElse = primary(other, "ops@" + other.code().toLowerCase() + ".test", false);
        LongSupplier request = () -> submittedRequest(other, someoneElse, "Product " + System.nanoTime()).id();
        LongSupplier sentBack = () -> {
            PoRequest r = model.productionRequests().detailForStaff(request.getAsLong()).request();
            return model.productionRequests().sendBack(STAFF, r.id(), r.version(), "Change it").id();
        };
        LongSupplier invoice = () -> issuedInvoice(other, "Storage").id();
        LongSupplier outbound = () -> dispatchedOrder(other, "Product " + System.nanoTime()).id();
        LongSupplier foreignSub = () -> sub(other, "sub" + System.nanoTime() + "@" + other.code().toLowerCase()
                + ".test", java.util.EnumSet.of(ems.account.Section.INVOICES)).id();
        return Map.ofEntries(
                Map.entry("/account/sub-accounts/{id}", foreignSub),
                Map.entry("/account/sub-accounts/{id}/sections", foreignSub),
                Map.entry("/account/sub-accounts/{id}/password", foreignSub),
                Map.entry("/account/sub-accounts/{id}/active", foreignSub),
                Map.entry("/invoices/{id}", invoice), Map.entry("/invoices/{id}/pdf", invoice),
                Map.entry("/outbound/{id}", outbound), Map.entry("/outbound/{id}/packing-slip.pdf", outbound),
                Map.entry("/outbound/{id}/bill-of-lading.pdf", outbound),
                Map.entry("/shipments/{id}", () -> model.shipments().create(STAFF, new NewShipment(other.id(), "UPS", "",
                        "Elsewhere", LocalDate.of(2026, 3, 10), List.of())).id()),
                Map.entry("/production/requests/{id}", request),
                Map.entry("/production/requests/{id}/revise", sentBack),
                Map.entry("/production/requests/{id}/resubmit", sentBack),
                Map.entry("/production/requests/{id}/withdraw", request),
                Map.entry("/production/orders/{id}", () -> {
                    PoRequest r = model.productionRequests().detailForStaff(request.getAsLong()).request();
                    model.productionRequests().approve(STAFF, r.id(), r.version(), "");
                    return model.productionOrders().forRequest(other.scope(), r.id()).orElseThrow().id();
                }),
                Map.entry("/notifications/{id}/open", () -> {
                    sentBack.getAsLong();
                    return model.notifications().forAccount(someoneElse.id(), 1).get(0).id();
                }));
    }

    @Test
    void everyRouteWithAnIdAnswers404ForAnotherConsigneesObjectAndForAMissingOne() {
        primary(consignee("NLC"), "ops@nlc.test", false);
        Consignee other = consignee("OTH");
        Map<String, LongSupplier> fixtures = foreignObjects(other);
        List<Endpoint> withIds = endpoints().stream().filter(e -> e.path.contains("{id}")).toList();
        assertThat(withIds).isNotEmpty();
        portal((http, server) -> {
            http.signIn("ops@nlc.test", PASSWORD);
            for (Endpoint endpoint : withIds) {
                assertThat(fixtures).as("a foreign-object fixture for %s", endpoint.path).containsKey(endpoint.path);
                long foreignId = fixtures.get(endpoint.path).getAsLong();
                for (long id : new long[] {foreignId, 987_654_321L}) {
                    String path = endpoint.path.replace("{id}", String.valueOf(id));
                    var answer = endpoint.method.equals(HandlerType.GET) ? http.get(path) : http.post(path);
                    assertThat(answer.status()).as("%s %s", endpoint.method, path).isEqualTo(404);
                }
            }
        });
    }

    @Test
    void everySectionRouteRefusesASubAccountWithoutThatSection() {
        Consignee nlc = consignee("NLC");
        List<Endpoint> sectionRoutes = endpoints().stream().filter(e -> access(e).section() != null).toList();
        assertThat(sectionRoutes).isNotEmpty();
        for (Section section : Section.values()) {
            EnumSet<Section> others = EnumSet.complementOf(EnumSet.of(section));
            sub(nlc, section.name().toLowerCase() + "-less@nlc.test", others);
        }
        portal((http, server) -> {
            for (Section section : Section.values()) {
                PortalClient client = new PortalClient(server.port());
                client.signIn(section.name().toLowerCase() + "-less@nlc.test", PASSWORD);
                client.get("/account");
                for (Endpoint endpoint : sectionRoutes) {
                    String path = concrete(endpoint.path);
                    var answer = endpoint.method.equals(HandlerType.GET) ? client.get(path) : client.post(path);
                    if (access(endpoint).section() == section) {
                        assertThat(answer.status()).as("%s %s without %s", endpoint.method, path, section)
                                .isEqualTo(403);
                    } else {
                        assertThat(answer.status()).as("%s %s with its section", endpoint.method, path)
                                .isNotEqualTo(403);
                    }
                }
            }
        });
    }

    @Test
    void everyRouteDeclaresExactlyOneAccessLevel() {
        endpoints().forEach(RouteSweepIT::access);
    }

    @Test
    void everyProtectedRouteSendsAnAnonymousVisitorToSignIn() {
        List<Endpoint> protectedRoutes = endpoints().stream().filter(e -> access(e) != Access.PUBLIC).toList();
        assertThat(protectedRoutes).isNotEmpty();
        portal((http, server) -> {
            for (Endpoint endpoint : protectedRoutes) {
                String path = concrete(endpoint.path);
                var answer = endpoint.method.equals(HandlerType.GET) ? http.get(path) : http.postWithoutCsrf(path);
                assertThat(answer.status()).as("%s %s", endpoint.method, path).isEqualTo(303);
                assertThat(answer.location()).as("%s %s", endpoint.method, path).startsWith("/login");
            }
        });
    }

    @Test
    void everyStateChangingRouteRefusesARequestWithoutCsrfToken() {
        primary(consignee("NLC"), "ops@nlc.test", false);
        List<Endpoint> posts = endpoints().stream().filter(e -> !e.method.equals(HandlerType.GET)).toList();
        assertThat(posts).isNotEmpty();
        portal((signedIn, server) -> {
            signedIn.signIn("ops@nlc.test", PASSWORD);
            PortalClient anonymous = new PortalClient(server.port());
            anonymous.get("/login");
            for (Endpoint endpoint : posts) {
                PortalClient client = access(endpoint) == Access.PUBLIC ? anonymous : signedIn;
                String path = concrete(endpoint.path);
                assertThat(client.postWithoutCsrf(path).status()).as("POST %s without token", path).isEqualTo(403);
                assertThat(client.postWithoutCsrf(path, "_csrf", "forged-token-value").status())
                        .as("POST %s with a forged token", path).isEqualTo(403);
            }
            assertThat(signedIn.get("/").status()).as("still signed in: nothing was done").isEqualTo(200);
        });
    }
}
