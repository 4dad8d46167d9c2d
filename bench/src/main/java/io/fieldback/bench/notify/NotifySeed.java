package io.fieldback.bench.notify;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDateTime;

import io.fieldback.bench.Ids;
import io.fieldback.bench.Jdbc;

/**
 * Seeds by JDBC batch: customers with one preferred contact and an SMS number each (unique numbers, so the stub's
 * delivery report per number stays short): the first {@code throughput} are ORDINARY and each gets one QUEUED
 * message of topic bench.throughput held back until 2100 (the benchmark releases them all at once); the next
 * {@code campaign} are POTENTIAL: the segment of the chaos campaign, made through the API.
 *
 * Usage: NotifySeed <jdbcUrl> <throughput> <campaign>
 */
public final class NotifySeed {

    static final int BATCH = 2000;
    static final String TOPIC = "bench.throughput";

    public static void main(String[] args) throws Exception {
        int throughput = Integer.parseInt(args[1]);
        int campaign = Integer.parseInt(args[2]);
        long started = System.nanoTime();
        try (Connection c = Jdbc.connect(Jdbc.withBatching(args[0]))) {
            c.setAutoCommit(false);
            seed(c, throughput, campaign);
        }
        System.out.printf("seeded %,d customers, contacts, SMS numbers and %,d queued messages in %.1f s%n",
                throughput + campaign, throughput, (System.nanoTime() - started) / 1e9);
    }

    private static void seed(Connection c, int throughput, int campaign) throws Exception {
        LocalDateTime now = Jdbc.utc(Instant.now());
        LocalDateTime held = LocalDateTime.of(2100, 1, 1, 0, 0);
        long base = Instant.now().minusSeconds(86_400).toEpochMilli();
        try (PreparedStatement cu = c.prepareStatement("INSERT INTO customers (id, code, name, relationship, importance, "
                + "region, province, do_not_call, active, version, created_at, updated_at) "
                + "VALUES (?, ?, ?, 'END_USER', ?, 'EAST', NULL, FALSE, TRUE, 0, ?, ?)");
                PreparedStatement co = c.prepareStatement("INSERT INTO contacts (id, customer_id, name, role, phone, "
                        + "call_window_start, call_window_end, preferred, active, version, created_at, updated_at) "
                        + "VALUES (?, ?, ?, 'OWNER', ?, NULL, NULL, TRUE, TRUE, 0, ?, ?)");
                PreparedStatement id = c.prepareStatement("INSERT INTO notification_identities (id, contact_id, channel, "
                        + "address, credits, active, dropped_reason, version, created_at, updated_at) "
                        + "VALUES (?, ?, 'SMS', ?, NULL, TRUE, NULL, 0, ?, ?)");
                PreparedStatement no = c.prepareStatement("INSERT INTO notifications (id, event_key, event_id, topic, "
                        + "customer_id, contact_id, payload, status, not_before, attempts, version, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, '{\"holiday\":\"春节\"}', 'QUEUED', ?, 0, 0, ?, ?)")) {
            byte[] event = Ids.v7Bytes(base);
            for (int i = 0; i < throughput + campaign; i++) {
                byte[] customer = Ids.v7Bytes(base + i);
                byte[] contact = Ids.v7Bytes(base + i);
                String phone = String.format("+86139%08d", i);
                cu.setBytes(1, customer);
                cu.setString(2, String.format("BN-C%07d", i));
                cu.setString(3, "基准客户 " + i);
                cu.setString(4, i < throughput ? "ORDINARY" : "POTENTIAL");
                cu.setObject(5, now);
                cu.setObject(6, now);
                cu.addBatch();
                co.setBytes(1, contact);
                co.setBytes(2, customer);
                co.setString(3, "联系人 " + i);
                co.setString(4, phone);
                co.setObject(5, now);
                co.setObject(6, now);
                co.addBatch();
                id.setBytes(1, Ids.v7Bytes(base + i));
                id.setBytes(2, contact);
                id.setString(3, phone);
                id.setObject(4, now);
                id.setObject(5, now);
                id.addBatch();
                if (i < throughput) {
                    no.setBytes(1, Ids.v7Bytes(base + i));
                    no.setString(2, "bench:" + i);
                    no.setBytes(3, event);
                    no.setString(4, TOPIC);
                    no.setBytes(5, customer);
                    no.setBytes(6, contact);
                    no.setObject(7, held);
                    no.setObject(8, now);
                    no.setObject(9, now);
                    no.addBatch();
                }
                if ((i + 1) % BATCH == 0 || i == throughput + campaign - 1) {
                    cu.executeBatch();
                    co.executeBatch();
                    id.executeBatch();
                    no.executeBatch();
                    c.commit();
                }
            }
        }
        try (var s = c.createStatement()) {
            s.execute("ANALYZE TABLE customers, contacts, notification_identities, notifications");
        }
        c.commit();
    }
}
