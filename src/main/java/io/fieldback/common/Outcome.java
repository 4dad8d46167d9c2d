package io.fieldback.common;

/**
 * What an aggregate returns when asked to move: what it did (its event, or null for a quiet move) or its
 * refusal, so the rule lives on the aggregate and the service only orchestrates.
 */
public record Outcome<E>(E event, Refusal refusal) {

    public static <E> Outcome<E> moved(E event) {
        return new Outcome<>(event, null);
    }

    public static <E> Outcome<E> refused(Refusal refusal) {
        return new Outcome<>(null, refusal);
    }

    public boolean isRefused() {
        return refusal != null;
    }

    /** The event, or the refusal thrown as the problem it means. */
    public E orThrow() {
        if (refusal != null) {
            throw refusal.toException();
        }
        return event;
    }
}
