package io.fieldback.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fieldback.common.DomainEvents;
import io.fieldback.common.JdbcBatch;
import io.fieldback.common.TimeSource;
import io.fieldback.notification.internal.NotificationIntake;
import io.fieldback.notification.internal.NotificationJob;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The intake is one reader of the outbox with receipts: it leaves the events' handled mark to the topic's first
 * reader, writes its receipt with the messages, and no longer writes notification_events_seen; an event read
 * before the switch (a row in that table) never becomes a message again.
 */
@QuarkusTest
class IntakeReceiptsTest {

    @Inject
    DomainEvents events;
    @Inject
    NotificationJob job;
    @Inject
    NotificationIntake intake;
    @Inject
    TimeSource time;
    @Inject
    DataSource db;

    @AfterEach
    void realTime() {
        time.reset();
    }

    private long count(String sql, UUID event) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            JdbcBatch.bind(s, 1, event);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private void seenBeforeTheSwitch(UUID event) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO "
                + "notification_events_seen (event_id, topic, subject_id, seen_at) VALUES (" + JdbcBatch.ID
                + ", 'test.receipts', NULL, NOW(6))")) {
            JdbcBatch.bind(s, 1, event);
            s.executeUpdate();
        }
    }

    @Test
    void eachEventIsReadOnceWithAReceiptAndTheOldTableIsOnlyRead() throws Exception {
        NotificationFixtures f = new NotificationFixtures(events, job, time);
        NotificationFixtures.topic("test.receipts", Map.of("fields", List.of("note"), "channels", List.of("SMS")));
        NotificationFixtures.template("test.receipts", "SMS", "{note}");
        f.at(LocalTime.of(10, 0));
        UUID contact = f.contact("许师傅", true);
        NotificationFixtures.identity(contact, "SMS", "+8613700000077", null);
        UUID fresh = f.record("test.receipts", Map.of("note", "新"));
        UUID old = f.record("test.receipts", Map.of("note", "旧"));
        seenBeforeTheSwitch(old);
        intake.run();
        intake.run();

        assertThat(f.only(contact)).containsEntry("eventId", fresh.toString()).containsEntry("status", "QUEUED");
        assertThat(count("SELECT COUNT(*) FROM domain_event_receipts WHERE consumer = 'notifications' AND event_id = "
                + JdbcBatch.ID, fresh)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM notification_events_seen WHERE event_id = " + JdbcBatch.ID, fresh))
                .isZero();
        // the topic's first reader (the handled mark) is someone else's: the intake leaves it alone
        assertThat(count("SELECT COUNT(*) FROM domain_events WHERE id = " + JdbcBatch.ID
                + " AND handled_at IS NOT NULL", fresh)).isZero();
        f.run();
        assertThat(f.only(contact)).containsEntry("status", "SENT").containsEntry("body", "新");
    }
}
