package ems.portal.health;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.function.BooleanSupplier;

/** GET /health — for load balancers and ops: is the server up, and can it reach its database? */
public final class HealthController {

    private final BooleanSupplier databaseReachable;

    public HealthController(BooleanSupplier databaseReachable) {
        this.databaseReachable = databaseReachable;
    }

    public void show(Context ctx) {
        boolean database = databaseReachable.getAsBoolean();
        ctx.status(database ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .contentType("application/json; charset=utf-8")
                .result("{\"status\":\"" + (database ? "UP" : "DOWN") + "\",\"database\":\""
                        + (database ? "UP" : "DOWN") + "\"}");
    }
}
