package io.fieldback.demo;

import java.util.Map;
import java.util.LinkedHashMap;

/** What the demo seeding made, by kind, for its log line and for tests. */
public final class Tally {

    private final Map<String, Integer> counts = new LinkedHashMap<>();

    void add(String kind, int n) {
        counts.merge(kind, n, Integer::sum);
    }

    void add(String kind) {
        add(kind, 1);
    }

    public int get(String kind) {
        return counts.getOrDefault(kind, 0);
    }

    public boolean isEmpty() {
        return counts.values().stream().allMatch(n -> n == 0);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        counts.forEach((kind, n) -> text.append(text.isEmpty() ? "" : ", ").append(n).append(' ').append(kind));
        return text.toString();
    }
}
