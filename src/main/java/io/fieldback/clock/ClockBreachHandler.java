package io.fieldback.clock;

/**
 * What a feature does when one of its deadlines is missed (tell a supervisor, record an event). One bean per
 * subject type. It is called once per missed clock, in the escalation job's transaction: what it writes
 * commits with the clock's breach mark, or neither does and the next run tries again.
 */
public interface ClockBreachHandler {

    /** The subject type this handler escalates, as given to {@link Clocks#start}. */
    String subjectType();

    void breached(ClockBreach breach);
}
