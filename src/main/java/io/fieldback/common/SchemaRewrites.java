package io.fieldback.common;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** Schema shapes the generator writes that validators and generated clients misread, rewritten to ones they read. */
final class SchemaRewrites {

    private SchemaRewrites() {
    }

    static void applyAll(Components components) {
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        components.getSchemas().values().forEach(schema -> eachSchema(schema, seen, each -> {
            localTime(each);
            decimalPlaces(each);
            scalarUnion(each);
        }));
    }

    /** Every schema under the components, each once: properties, items and composition members included. */
    private static void eachSchema(Schema schema, Set<Schema> seen, java.util.function.Consumer<Schema> action) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        action.accept(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> eachSchema(property, seen, action));
        }
        eachSchema(schema.getItems(), seen, action);
        eachSchema(schema.getAdditionalPropertiesSchema(), seen, action);
        for (List<Schema> group : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                group.forEach(member -> eachSchema(member, seen, action));
            }
        }
    }

    /**
     * A time of day in this API is local (a contact's call window), but JSON Schema's {@code time}
     * format demands an offset, so validators and generated clients would reject "09:00". A made-up
     * {@code local-time} format is no better: standard validators (ajv strict, Prism) reject unknown
     * formats. So it is a string with the pattern the server accepts, and no format.
     */
    private static void localTime(Schema schema) {
        if ("time".equals(schema.getFormat())) {
            schema.setFormat(null);
            schema.setExternalDocs(null);
            if (schema.getPattern() == null) {
                schema.setPattern("^([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,9})?)?$");
            }
            if (schema.getDescription() == null) {
                schema.setDescription("local time of day, HH:mm or HH:mm:ss");
            }
        }
    }

    /**
     * {@code @Digits(fraction = 6)} becomes {@code multipleOf: 0.000001}, which validators check in binary
     * floating point: Prism rejects an ordinary latitude such as 30.592849 (30.592849 / 0.000001 is not
     * an integer in doubles) although the server accepts it. The limit is stated in words instead.
     */
    private static void decimalPlaces(Schema schema) {
        BigDecimal step = schema.getMultipleOf();
        if (step == null || step.stripTrailingZeros().scale() <= 0) {
            return;
        }
        schema.setMultipleOf(null);
        String places = "at most " + step.stripTrailingZeros().scale() + " decimal places";
        schema.setDescription(schema.getDescription() == null ? places : schema.getDescription() + "; " + places);
    }

    /**
     * A value that may be one of several JSON scalar types (a questionnaire answer: true, 4 or "text")
     * is described as any JSON value, with the allowed types listed in {@code x-json-types}, instead of
     * a {@code oneOf} of scalars (or a type list, which generators turn into the same oneOf). Generated
     * clients decode such a oneOf by trying each type with lenient coercion, so {@code true} also
     * "matches" string and decoding fails ("2 classes match"); as any value, clients hand the
     * application the plain JSON value (Java Object, Kotlin Any, TypeScript any).
     */
    private static void scalarUnion(Schema schema) {
        List<Schema> members = schema.getOneOf();
        if (members == null || members.size() < 2 || schema.getType() != null) {
            return;
        }
        List<Schema.SchemaType> types = new ArrayList<>();
        for (Schema member : members) {
            if (!isScalar(member)) {
                return;
            }
            types.add(member.getType().get(0));
        }
        schema.setOneOf(null);
        schema.addExtension("x-json-types", types.stream().map(Object::toString).toList());
    }

    private static boolean isScalar(Schema member) {
        return !(member.getRef() != null || member.getType() == null || member.getType().size() != 1
                || member.getProperties() != null || member.getEnumeration() != null
                || member.getType().get(0) == Schema.SchemaType.OBJECT
                || member.getType().get(0) == Schema.SchemaType.ARRAY);
    }
}
