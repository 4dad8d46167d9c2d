package io.fieldback.campaign.internal;

import java.util.Comparator;

/** Serial order as a serial counter has it: a longer serial is later, equal lengths compare character by character. */
final class SerialOrder {

    static final Comparator<String> ORDER = Comparator.comparingInt(String::length)
            .thenComparing(Comparator.naturalOrder());

    private SerialOrder() {
    }
}
