package ems.portal.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

/** Reads path parameters the way the portal treats them: anything that is not a valid id is not found. */
public final class Params {

    private Params() {
    }

    public static long id(Context ctx) {
        String raw = ctx.pathParam("id");
        if (raw.isEmpty() || raw.length() > 18 || !raw.chars().allMatch(Character::isDigit)) {
            throw new NotFoundResponse();
        }
        return Long.parseLong(raw);
    }
}
