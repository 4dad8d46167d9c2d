package io.fieldback.insights.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.ValueResolvers;
import io.quarkus.qute.Variant;

/**
 * The weekly page's template (templates/insights/weekly.html), parsed once with Qute's engine. Values are
 * HTML-escaped; only the charts, which we render ourselves as escaped SVG, are written raw.
 */
@ApplicationScoped
public class WeeklyPageTemplate {

    private static final String SOURCE = "templates/insights/weekly.html";

    private final Template template;

    public WeeklyPageTemplate() {
        Engine engine = Engine.builder().addDefaults().addValueResolver(new ReflectionValueResolver())
                .addValueResolver(ValueResolvers.rawResolver())
                .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML))).build();
        template = engine.parse(read(), Variant.forContentType(Variant.TEXT_HTML));
    }

    String render(WeeklyPage page) {
        return template.data("page", page).render();
    }

    private static String read() {
        try (InputStream in = WeeklyPageTemplate.class.getClassLoader().getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SOURCE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
