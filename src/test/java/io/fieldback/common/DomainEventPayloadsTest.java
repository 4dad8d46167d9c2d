package io.fieldback.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A record payload is parsed once for all of an event's readers; anything else is parsed for each caller. */
class DomainEventPayloadsTest {

    record Completed(UUID visitId, Instant completedAt) {
    }

    record SameFieldsOtherType(UUID visitId, Instant completedAt) {
    }

    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    private final DomainEvents events = new DomainEvents(mapper, new ReaderGate(1), Duration.ofDays(7),
            Duration.ofMinutes(5), 200);

    private DomainEvent stored(Object payload) throws Exception {
        DomainEvent event = new DomainEvent();
        event.id = UuidV7.next();
        event.payload = mapper.writeValueAsString(payload);
        return event;
    }

    @Test
    void theSecondReaderOfAnEventGetsTheRecordTheFirstOneRead() throws Exception {
        Completed sent = new Completed(UUID.randomUUID(), Instant.parse("2026-12-07T08:30:00.123456Z"));
        DomainEvent event = stored(sent);
        Completed first = events.payload(event, Completed.class);
        assertThat(first).isEqualTo(sent);
        assertThat(events.payload(event, Completed.class)).isSameAs(first);
        assertThat(events.payloads(List.of(event), Completed.class)).singleElement().isSameAs(first);
    }

    @Test
    void aReaderOfAnotherTypeReadsThePayloadAsItsOwn() throws Exception {
        Completed sent = new Completed(UUID.randomUUID(), Instant.parse("2026-12-07T08:30:00Z"));
        DomainEvent event = stored(sent);
        events.payload(event, Completed.class);
        assertThat(events.payload(event, SameFieldsOtherType.class))
                .isEqualTo(new SameFieldsOtherType(sent.visitId(), sent.completedAt()));
        assertThat(events.payload(event, Completed.class)).isEqualTo(sent);
        assertThat(events.payload(event, Map.class)).containsEntry("visitId", sent.visitId().toString());
        assertThat(events.payload(event, Map.class)).isNotSameAs(events.payload(event, Map.class));
    }

    @Test
    void eachEventIsReadFromItsOwnPayload() throws Exception {
        DomainEvent one = stored(new Completed(UUID.randomUUID(), Instant.parse("2026-12-07T08:30:00Z")));
        DomainEvent two = stored(new Completed(UUID.randomUUID(), Instant.parse("2026-12-07T09:30:00Z")));
        assertThat(events.payload(one, Completed.class)).isNotEqualTo(events.payload(two, Completed.class));
        assertThat(events.payload(two, Completed.class).completedAt()).isEqualTo(Instant.parse("2026-12-07T09:30:00Z"));
    }
}
