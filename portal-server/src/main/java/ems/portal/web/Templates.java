package ems.portal.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.resolve.DirectoryCodeResolver;
import io.javalin.http.Context;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders jte templates. The jar uses the classes precompiled at build time; a developer can point
 * {@code EMS_TEMPLATES_DIR} at {@code portal-server/src/main/jte} to edit templates without rebuilding.
 */
public final class Templates {

    private final TemplateEngine engine;

    private Templates(TemplateEngine engine) {
        this.engine = engine;
    }

    public static Templates create(String devDirectory) {
        if (devDirectory != null && !devDirectory.isBlank() && Files.isDirectory(Path.of(devDirectory))) {
            return new Templates(TemplateEngine.create(new DirectoryCodeResolver(Path.of(devDirectory)),
                    ContentType.Html));
        }
        return new Templates(TemplateEngine.createPrecompiled(ContentType.Html));
    }

    /** Renders {@code template} with its page record and sends it as UTF-8 HTML. */
    public void render(Context ctx, String template, Object page) {
        StringOutput output = new StringOutput();
        engine.render(template, page, output);
        ctx.contentType("text/html; charset=utf-8").result(output.toString());
    }
}
