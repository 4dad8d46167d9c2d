package io.fieldback.bench.followups;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Random;

import io.fieldback.bench.Ids;
import io.fieldback.bench.Jdbc;

/**
 * Seeds, with JDBC batch inserts after the app has created the schema:
 * <ul>
 * <li>N customers (default 200,000): 20% OEM, 30% dealer, 50% end user; each with one preferred contact;</li>
 * <li>M past calls (default 1,000,000) spread over two years, all closed: 60% completed, 15% unreachable,
 * 5% refused, 20% not eligible;</li>
 * <li>Q open calls due in the last three days (default 50,000): the queue. Ten product lines (BL-00 to
 * BL-09); 70% of the contacts have no call window, 15% a window around now and 15% a window that starts
 * in two hours, so the queue has calls it must skip.</li>
 * </ul>
 * Usage: Seed <jdbcUrl> [customers] [pastCalls] [openCalls]
 */
public final class FollowupSeed {

    static final int BATCH = 2000;
    static final String[] REGIONS = { "EAST", "SOUTH", "SOUTHWEST", "NORTH", "NORTHEAST", "NORTHWEST" };
    static final byte[] STANDARD_QUESTIONNAIRE = HexFormat.of().parseHex("0193a0000000700080000000000000f1");

    public static void main(String[] args) throws Exception {
        String url = Jdbc.withBatching(args[0]);
        int customers = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        int pastCalls = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        int openCalls = args.length > 3 ? Integer.parseInt(args[3]) : 50_000;
        Random random = new Random(42);
        Instant now = Instant.now();
        LocalTime local = LocalTime.now(ZoneId.of("Asia/Shanghai"));
        byte[][] customerIds = new byte[customers][];
        byte[][] contactIds = new byte[customers][];
        String[] relationships = new String[customers];
        try (Connection c = Jdbc.connect(url)) {
            c.setAutoCommit(false);
            long started = System.nanoTime();
            try (PreparedStatement cu = c.prepareStatement("INSERT INTO customers (id, code, name, relationship, "
                    + "importance, region, province, do_not_call, active, version, created_at, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, TRUE, 0, ?, ?)");
                    PreparedStatement co = c.prepareStatement("INSERT INTO contacts (id, customer_id, name, role, "
                            + "phone, call_window_start, call_window_end, preferred, active, version, created_at, "
                            + "updated_at) VALUES (?, ?, ?, 'DRIVER', ?, NULL, NULL, TRUE, TRUE, 0, ?, ?)")) {
                LocalDateTime created = Jdbc.utc(now.minusSeconds(800L * 86400));
                for (int i = 0; i < customers; i++) {
                    customerIds[i] = Ids.v7Bytes(now.minusSeconds(800L * 86400).toEpochMilli() + i);
                    contactIds[i] = Ids.v7Bytes(now.minusSeconds(800L * 86400).toEpochMilli() + i);
                    int r = i % 10;
                    relationships[i] = r < 2 ? "OEM" : r < 5 ? "DEALER" : "END_USER";
                    cu.setBytes(1, customerIds[i]);
                    cu.setString(2, String.format("BF-C%07d", i));
                    cu.setString(3, "基准客户 " + i);
                    cu.setString(4, relationships[i]);
                    cu.setString(5, i % 7 == 0 ? "KEY" : "ORDINARY");
                    cu.setString(6, REGIONS[i % REGIONS.length]);
                    cu.setString(7, null); // province is a code of the provinces table (foreign key); left out here
                    cu.setObject(8, created);
                    cu.setObject(9, created);
                    cu.addBatch();
                    co.setBytes(1, contactIds[i]);
                    co.setBytes(2, customerIds[i]);
                    co.setString(3, "联系人 " + i);
                    co.setString(4, phone(i));
                    co.setObject(5, created);
                    co.setObject(6, created);
                    co.addBatch();
                    if ((i + 1) % BATCH == 0 || i == customers - 1) {
                        cu.executeBatch();
                        co.executeBatch();
                        c.commit();
                    }
                }
            }
            report("customers + contacts", 2L * customers, started);

            started = System.nanoTime();
            String insertCall = "INSERT INTO followup_calls (id, source, status, ineligible_reason, close_reason, "
                    + "customer_id, relationship, product_line, contact_id, contact_name, phone, window_start, window_end, "
                    + "due_at, available_at, attempt_count, counted_attempts, questionnaire_id, questionnaire_version, "
                    + "perfunctory, created_by, closed_at, version, created_at, updated_at) "
                    + "VALUES (?, 'VISIT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, FALSE, 'bench', ?, 0, ?, ?)";
            try (PreparedStatement call = c.prepareStatement(insertCall)) {
                long span = 730L * 86400 * 1000;
                long oldest = now.toEpochMilli() - span - 3L * 86400 * 1000;
                for (int i = 0; i < pastCalls; i++) {
                    long due = oldest + (long) ((double) i / pastCalls * span);
                    int customer = random.nextInt(customers);
                    int roll = random.nextInt(100);
                    String status = roll < 60 ? "COMPLETED" : roll < 75 ? "UNREACHABLE" : roll < 80 ? "REFUSED"
                            : "NOT_ELIGIBLE";
                    call.setBytes(1, Ids.v7Bytes(due));
                    call.setString(2, status);
                    setOrNull(call, 3, status.equals("NOT_ELIGIBLE") ? "CALLED_RECENTLY" : null);
                    setOrNull(call, 4, status.equals("UNREACHABLE") ? "MAX_ATTEMPTS" : null);
                    contactColumns(call, customer, customerIds, contactIds, relationships, random);
                    call.setObject(11, null, Types.TIME);
                    call.setObject(12, null, Types.TIME);
                    call.setObject(13, Jdbc.utc(Instant.ofEpochMilli(due)));
                    call.setObject(14, null, Types.TIMESTAMP);
                    call.setInt(15, status.equals("NOT_ELIGIBLE") ? 0 : status.equals("UNREACHABLE") ? 3 : 1);
                    boolean completed = status.equals("COMPLETED");
                    if (completed) {
                        call.setBytes(16, STANDARD_QUESTIONNAIRE);
                        call.setInt(17, 1);
                    } else {
                        call.setNull(16, Types.BINARY);
                        call.setNull(17, Types.INTEGER);
                    }
                    LocalDateTime at = Jdbc.utc(Instant.ofEpochMilli(due + 86_400_000L));
                    call.setObject(18, at);
                    call.setObject(19, at);
                    call.setObject(20, at);
                    call.addBatch();
                    if ((i + 1) % BATCH == 0 || i == pastCalls - 1) {
                        call.executeBatch();
                        c.commit();
                    }
                }
                report("past calls", pastCalls, started);

                started = System.nanoTime();
                for (int i = 0; i < openCalls; i++) {
                    Instant due = now.minusSeconds(60 + random.nextInt(3 * 86400));
                    int customer = random.nextInt(customers);
                    call.setBytes(1, Ids.v7Bytes(due.toEpochMilli()));
                    call.setString(2, "OPEN");
                    call.setNull(3, Types.VARCHAR);
                    call.setNull(4, Types.VARCHAR);
                    contactColumns(call, customer, customerIds, contactIds, relationships, random);
                    int window = random.nextInt(100);
                    if (window < 70) {
                        call.setObject(11, null, Types.TIME);
                        call.setObject(12, null, Types.TIME);
                    } else if (window < 85) {
                        call.setObject(11, local.minusHours(1).withSecond(0).withNano(0));
                        call.setObject(12, local.plusHours(6).withSecond(0).withNano(0));
                    } else {
                        call.setObject(11, local.plusHours(2).withSecond(0).withNano(0));
                        call.setObject(12, local.plusHours(4).withSecond(0).withNano(0));
                    }
                    call.setObject(13, Jdbc.utc(due));
                    call.setObject(14, Jdbc.utc(due));
                    call.setInt(15, 0);
                    call.setNull(16, Types.BINARY);
                    call.setNull(17, Types.INTEGER);
                    call.setObject(18, null, Types.TIMESTAMP);
                    call.setObject(19, Jdbc.utc(due));
                    call.setObject(20, Jdbc.utc(due));
                    call.addBatch();
                    if ((i + 1) % BATCH == 0 || i == openCalls - 1) {
                        call.executeBatch();
                        c.commit();
                    }
                }
                report("open calls (the queue)", openCalls, started);
            }
            try (var s = c.createStatement()) {
                s.execute("ANALYZE TABLE customers, contacts, followup_calls");
            }
            c.commit();
        }
    }

    private static void contactColumns(PreparedStatement call, int customer, byte[][] customerIds, byte[][] contactIds,
            String[] relationships, Random random) throws Exception {
        call.setBytes(5, customerIds[customer]);
        call.setString(6, relationships[customer]);
        call.setString(7, String.format("BL-%02d", random.nextInt(10)));
        call.setBytes(8, contactIds[customer]);
        call.setString(9, "联系人 " + customer);
        call.setString(10, phone(customer));
    }

    private static void setOrNull(PreparedStatement statement, int index, String value) throws Exception {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static String phone(int i) {
        return String.format("+86139%08d", i);
    }


    private static void report(String what, long rows, long startedNanos) {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        System.out.printf("seeded %,d rows of %s in %.1f s (%,.0f rows/s)%n", rows, what, seconds, rows / seconds);
    }
}
