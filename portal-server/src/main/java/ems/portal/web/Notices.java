package ems.portal.web;

import io.javalin.http.Context;
import java.util.Set;

/**
 * The one-line confirmation a page shows after a redirect ("?notice=profileSaved"). Only names the
 * page knows are shown; anything else in the URL is ignored, so a link cannot put words on a page.
 */
public final class Notices {

    private Notices() {
    }

    public static String from(Context ctx, Set<String> known) {
        String notice = ctx.queryParam("notice");
        return notice != null && known.contains(notice) ? notice : null;
    }
}
