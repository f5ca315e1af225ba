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
import java.util.List;
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
