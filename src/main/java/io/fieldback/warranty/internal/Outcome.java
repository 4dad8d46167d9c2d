package io.fieldback.warranty.internal;

/** What an aggregate returns from a move: the event it produced (may be null for a quiet move) or its refusal. */
record Outcome<E>(E event, Refusal refusal) {

    static <E> Outcome<E> moved(E event) {
        return new Outcome<>(event, null);
    }

    static <E> Outcome<E> refused(Refusal refusal) {
        return new Outcome<>(null, refusal);
    }

    boolean refused() {
        return refusal != null;
    }

    /** The event, or the refusal thrown as the problem it means. */
    E orThrow() {
        if (refusal != null) {
            throw refusal.toException();
        }
        return event;
    }
}
