package ems.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import ems.portal.testing.PortalClient;
import ems.portal.testing.PortalTest;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A route someone forgets to give an access level is refused, not open. */
class DenyByDefaultIT extends PortalTest {

    @Test
    void aRouteWithoutADeclaredAccessLevelIsRefusedEvenToASignedInPrimaryAccount() {
        primary(consignee("NLC"), "ops@nlc.test", false);
        Pages pages = new Pages(model.sessions(), Templates.create(null), List.of(), id -> 0);
        SecurityFilter filter = new SecurityFilter(pages);
        String token = model.sessions().start(model.portalAccounts().search("ops@nlc.test").get(0).id());
        Javalin app = Javalin.create(config -> {
            config.routes.beforeMatched(filter::check);
            new ErrorPages(pages).register(config.routes);
            config.routes.get("/forgotten", ctx -> ctx.result("secret"));
            config.routes.get("/declared", ctx -> ctx.result("fine"), Access.SIGNED_IN);
        });
        JavalinTest.test(app, (server, ignored) -> {
            PortalClient http = new PortalClient(server.port());
            http.setCookie(Cookies.SESSION, token);
            var forgotten = http.get("/forgotten");
            assertThat(forgotten.status()).isEqualTo(403);
            assertThat(forgotten.body()).doesNotContain("secret");
            assertThat(http.get("/declared").body()).isEqualTo("fine");
        });
    }
}
