package io.fieldback.notification.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.common.ApiException;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Expression;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;

/**
 * Message texts in Qute syntax ({@code 您好 {contactName}，技师将于 {eta} 到达}). A text may only name the
 * topic's payload fields and {@code contactName}: an unknown name is refused when the template is made,
 * not discovered when a customer would have received "null".
 */
@ApplicationScoped
public class Placeholders {

    static final String CONTACT_NAME = "contactName";

    private final Engine engine = Engine.builder().addDefaults().build();

    /** Throws a 400 naming the field when the text does not parse or uses an unknown placeholder. */
    void check(String field, String text, List<String> allowed) {
        Template template = parse(field, text);
        Set<String> unknown = new TreeSet<>();
        for (Expression expression : template.getExpressions()) {
            if (expression.isLiteral()) {
                continue;
            }
            String root = expression.getParts().get(0).getName();
            if (expression.getNamespace() != null || (!CONTACT_NAME.equals(root) && !allowed.contains(root))) {
                unknown.add(expression.toOriginalString());
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiException.badRequest(field, "unknown placeholder(s) " + unknown + "; known: " + CONTACT_NAME
                    + (allowed.isEmpty() ? "" : ", " + String.join(", ", allowed)));
        }
    }

    String render(String text, Map<String, Object> data) {
        return text == null ? null : engine.parse(text).render(data);
    }

    private Template parse(String field, String text) {
        try {
            return engine.parse(text);
        } catch (TemplateException e) {
            throw ApiException.badRequest(field, "not a valid template: " + e.getMessage());
        }
    }
}
