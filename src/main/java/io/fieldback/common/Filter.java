package io.fieldback.common;

import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;

/** A JPQL where-clause built from optional list filters; absent values add nothing. */
public final class Filter {

    private final StringJoiner where = new StringJoiner(" and ");
    private final Map<String, Object> params = new HashMap<>();

    public Filter eq(String field, Object value) {
        if (value != null) {
            where.add(field + " = :" + bind(value));
        }
        return this;
    }

    public Filter startsWith(String field, String prefix) {
        if (prefix != null && !prefix.isEmpty()) {
            String escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            where.add(field + " like :" + bind(escaped + "%") + " escape '\\'");
        }
        return this;
    }

    /** A raw condition with one named parameter, {@code :p} in the clause; skipped when value is null. */
    public Filter clause(String clause, Object value) {
        if (value != null) {
            where.add(clause.replace(":p", ":" + bind(value)));
        }
        return this;
    }

    private String bind(Object value) {
        String name = "p" + params.size();
        params.put(name, value);
        return name;
    }

    String whereClause() {
        return where.length() == 0 ? "" : where.toString();
    }

    Map<String, Object> params() {
        return params;
    }
}
