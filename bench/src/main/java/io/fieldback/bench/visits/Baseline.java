package io.fieldback.bench.visits;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;

import io.fieldback.bench.Ids;
import io.fieldback.bench.Jdbc;
import io.fieldback.bench.Stats;

/**
 * The plain-JDBC baseline: what the phone flow writes, with nothing of the app in between. Each of N
 * threads (one connection each, like one phone) repeats the flow of the wrk script, one transaction per
 * API request:
 * <ol>
 * <li>create: INSERT visits, INSERT visit_technicians (the calling technician);</li>
 * <li>ARRIVED: INSERT visit_events, UPDATE visits (status ON_SITE, arrived_at);</li>
 * <li>DIAGNOSED: INSERT visit_events, UPDATE visits (diagnosis);</li>
 * <li>PART_USED: INSERT visit_events, INSERT visit_parts, UPDATE visits;</li>
 * <li>NOTE: INSERT visit_events, UPDATE visits (the app bumps version and updated_at here too);</li>
 * <li>COMPLETED: INSERT visit_events, INSERT domain_events (the outbox row), UPDATE visits (status, outcome,
 * completed_at).</li>
 * </ol>
 * Every UPDATE carries the optimistic-lock check (WHERE id = ? AND version = ?) and bumps version and
 * updated_at, as Hibernate does. No reads: this is the floor the API is measured against.
 * Latency is measured per transaction (= per API request).
 *
 * Usage: Baseline <jdbcUrl> <phonesFile> <threads> <warmupSeconds> <seconds> <outFile> [latencyFile]
 * (latencyFile: every measured transaction's latency in microseconds, one a line, for merging runs)
 * phones.txt lines: token stationId customerId equipmentId dealerId technicianId
 */
public final class Baseline {

    record Phone(int no, UUID station, UUID customer, UUID equipment, UUID dealer, UUID technician) {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        List<String> lines = Files.readAllLines(Path.of(args[1]));
        int threads = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        Path out = Path.of(args[5]);
        Path latencyFile = args.length > 6 ? Path.of(args[6]) : null;

        AtomicLong failures = new AtomicLong();
        List<Worker> workers = new ArrayList<>();
        // the clock starts once every thread is ready: opening 64 connections can take seconds here
        Window window = new Window();
        CyclicBarrier ready = new CyclicBarrier(threads, () -> {
            window.from = System.nanoTime() + warmup * 1_000_000_000L;
            window.to = window.from + seconds * 1_000_000_000L;
        });
        for (int i = 0; i < threads; i++) {
            String[] f = lines.get(i % lines.size()).trim().split("\\s+");
            Phone phone = new Phone(i + 1, UUID.fromString(f[1]), UUID.fromString(f[2]), UUID.fromString(f[3]),
                    UUID.fromString(f[4]), UUID.fromString(f[5]));
            workers.add(new Worker(url, phone, window, failures, ready));
        }
        workers.forEach(Thread::start);
        for (Worker w : workers) {
            w.join();
        }
        long count = 0;
        long flows = 0;
        int total = workers.stream().mapToInt(w -> w.latencies.size).sum();
        long[] all = new long[total];
        int pos = 0;
        for (Worker w : workers) {
            count += w.latencies.size;
            flows += w.flows;
            System.arraycopy(w.latencies.values, 0, all, pos, w.latencies.size);
            pos += w.latencies.size;
        }
        if (latencyFile != null) {
            StringBuilder b = new StringBuilder(all.length * 6);
            for (long l : all) {
                b.append(l).append('\n');
            }
            Files.writeString(latencyFile, b);
        }
        Arrays.sort(all);
        double mean = Arrays.stream(all).average().orElse(0) / 1000.0;
        String text = String.format(Locale.ROOT,
                "requests=%d%nseconds=%d%nrps=%.1f%nflows=%d%nflows_per_s=%.2f%np50_ms=%.2f%np90_ms=%.2f%n"
                        + "p99_ms=%.2f%nmax_ms=%.2f%nmean_ms=%.2f%nfailures=%d%n",
                count, seconds, count / (double) seconds, flows, flows / (double) seconds, Stats.pct(all, 50) / 1000.0,
                Stats.pct(all, 90) / 1000.0, Stats.pct(all, 99) / 1000.0, all.length == 0 ? 0 : all[all.length - 1] / 1000.0,
                mean, failures.get());
        Files.writeString(out, text);
        System.out.println("figures: " + text.replace("\n", "  "));
    }

    /** Latencies in microseconds. */
    static final class Longs {
        long[] values = new long[1 << 14];
        int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }

    /** The measured span, in System.nanoTime() terms; set when all threads are connected. */
    static final class Window {
        volatile long from;
        volatile long to;
    }

    static final class Worker extends Thread {
        private final String url;
        private final Phone phone;
        private final Window window;
        private final AtomicLong failures;
        private final CyclicBarrier ready;
        final Longs latencies = new Longs();
        long flows;

        Worker(String url, Phone phone, Window window, AtomicLong failures, CyclicBarrier ready) {
            super("baseline-" + phone.no());
            this.url = url;
            this.phone = phone;
            this.window = window;
            this.failures = failures;
            this.ready = ready;
        }

        @Override
        public void run() {
            // every thread opens its own connection (in parallel: 64 TLS handshakes one after another take
            // long on a busy machine), then all start together
            Connection c = null;
            Flow flow = null;
            try {
                c = Jdbc.connect(url);
                c.setAutoCommit(false);
                flow = new Flow(c, phone);
            } catch (SQLException e) {
                failures.incrementAndGet();
                System.err.println(getName() + " could not connect: " + e);
            }
            try {
                ready.await();
            } catch (Exception e) {
                return;
            }
            if (flow == null) {
                return;
            }
            try (Connection own = c) {
                long measureFrom = window.from;
                long measureTo = window.to;
                while (true) {
                    for (int step = 0; step < 6; step++) {
                        long t0 = System.nanoTime();
                        if (t0 >= measureTo) {
                            flow.close();
                            return;
                        }
                        try {
                            flow.step(step);
                            own.commit();
                        } catch (SQLException e) {
                            failures.incrementAndGet();
                            own.rollback();
                            if (failures.get() < 5) {
                                System.err.println("baseline: " + e);
                            }
                        }
                        long t1 = System.nanoTime();
                        if (t0 >= measureFrom && t1 <= measureTo) {
                            latencies.add((t1 - t0) / 1000);
                            if (step == 5) {
                                flows++;
                            }
                        }
                    }
                }
            } catch (Exception e) {
                failures.incrementAndGet();
                System.err.println(getName() + ": " + e);
            }
        }
    }

    /** One phone's flow, statement by statement. */
    static final class Flow {
        private final Phone phone;
        private final String author;
        private final PreparedStatement insertVisit;
        private final PreparedStatement insertTechnician;
        private final PreparedStatement insertEvent;
        private final PreparedStatement insertPart;
        private final PreparedStatement insertOutbox;
        private final PreparedStatement arrived;
        private final PreparedStatement diagnosed;
        private final PreparedStatement touched;
        private final PreparedStatement completed;
        private UUID visit;
        private long version;
        private Instant base;

        Flow(Connection c, Phone phone) throws SQLException {
            this.phone = phone;
            this.author = "bench-phone-" + phone.no();
            insertVisit = c.prepareStatement("INSERT INTO visits (id, customer_id, equipment_id, station_id, dealer_id, "
                    + "type, status, source, fault_reported, meter_reading, meter_unit, requested_at, version, "
                    + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'WARRANTY_REPAIR', 'REQUESTED', 'PHONE', ?, "
                    + "182000, 'KM', ?, 0, ?, ?)");
            insertTechnician = c.prepareStatement("INSERT INTO visit_technicians (visit_id, technician_id) VALUES (?, ?)");
            insertEvent = c.prepareStatement("INSERT INTO visit_events (id, visit_id, type, occurred_at, received_at, "
                    + "author, note, outcome, part_number, quantity, billing) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            insertPart = c.prepareStatement("INSERT INTO visit_parts (visit_id, position, part_number, quantity, billing, "
                    + "used_part_returned, source_event_id) VALUES (?, 0, 'FL-1012', 1, 'WARRANTY', FALSE, ?)");
            insertOutbox = c.prepareStatement("INSERT INTO domain_events (id, topic, aggregate_id, dealer_id, payload, "
                    + "created_at) VALUES (?, 'visit.completed', ?, ?, ?, ?)");
            arrived = c.prepareStatement("UPDATE visits SET status = 'ON_SITE', arrived_at = ?, version = ?, "
                    + "updated_at = ? WHERE id = ? AND version = ?");
            diagnosed = c.prepareStatement("UPDATE visits SET diagnosis = ?, version = ?, updated_at = ? "
                    + "WHERE id = ? AND version = ?");
            touched = c.prepareStatement("UPDATE visits SET version = ?, updated_at = ? WHERE id = ? AND version = ?");
            completed = c.prepareStatement("UPDATE visits SET status = 'COMPLETED', outcome = 'FIXED', completed_at = ?, "
                    + "version = ?, updated_at = ? WHERE id = ? AND version = ?");
        }

        void step(int step) throws SQLException {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            if (step == 0) {
                visit = Ids.v7();
                version = 0;
                base = now;
                byte[] id = Ids.bytes(visit);
                insertVisit.setBytes(1, id);
                insertVisit.setBytes(2, Ids.bytes(phone.customer()));
                insertVisit.setBytes(3, Ids.bytes(phone.equipment()));
                insertVisit.setBytes(4, Ids.bytes(phone.station()));
                insertVisit.setBytes(5, Ids.bytes(phone.dealer()));
                insertVisit.setString(6, "发动机启动困难，冒黑烟");
                insertVisit.setObject(7, Jdbc.utc(now.minusSeconds(3600)));
                insertVisit.setObject(8, Jdbc.utc(now));
                insertVisit.setObject(9, Jdbc.utc(now));
                insertVisit.executeUpdate();
                insertTechnician.setBytes(1, id);
                insertTechnician.setBytes(2, Ids.bytes(phone.technician()));
                insertTechnician.executeUpdate();
                return;
            }
            Instant at = base.minusSeconds(60).plusSeconds((step - 1) * 10L);
            UUID event = Ids.v7();
            String[] types = { null, "ARRIVED", "DIAGNOSED", "PART_USED", "NOTE", "COMPLETED" };
            insertEvent.setBytes(1, Ids.bytes(event));
            insertEvent.setBytes(2, Ids.bytes(visit));
            insertEvent.setString(3, types[step]);
            insertEvent.setObject(4, Jdbc.utc(at));
            insertEvent.setObject(5, Jdbc.utc(now));
            insertEvent.setString(6, author);
            insertEvent.setString(7, step == 2 ? "燃油滤清器堵塞，喷油器积碳" : step == 4 ? "已告知客户下次保养周期"
                    : step == 5 ? "更换燃油滤清器，试车正常" : null);
            insertEvent.setString(8, step == 5 ? "FIXED" : null);
            insertEvent.setString(9, step == 3 ? "FL-1012" : null);
            insertEvent.setBigDecimal(10, step == 3 ? BigDecimal.ONE : null);
            insertEvent.setString(11, step == 3 ? "WARRANTY" : null);
            insertEvent.executeUpdate();
            PreparedStatement update;
            int p = 1;
            switch (step) {
                case 1 -> {
                    update = arrived;
                    update.setObject(p++, Jdbc.utc(at));
                }
                case 2 -> {
                    update = diagnosed;
                    update.setString(p++, "燃油滤清器堵塞，喷油器积碳");
                }
                case 3 -> {
                    insertPart.setBytes(1, Ids.bytes(visit));
                    insertPart.setBytes(2, Ids.bytes(event));
                    insertPart.executeUpdate();
                    update = touched;
                }
                case 4 -> update = touched;
                default -> {
                    insertOutbox.setBytes(1, Ids.bytes(Ids.v7()));
                    insertOutbox.setBytes(2, Ids.bytes(visit));
                    insertOutbox.setBytes(3, Ids.bytes(phone.dealer()));
                    insertOutbox.setString(4, "{\"visitId\":\"" + visit + "\",\"customerId\":\"" + phone.customer()
                            + "\",\"equipmentId\":\"" + phone.equipment() + "\",\"stationId\":\"" + phone.station()
                            + "\",\"dealerId\":\"" + phone.dealer() + "\",\"completedAt\":\"" + at
                            + "\",\"outcome\":\"FIXED\"}");
                    insertOutbox.setObject(5, Jdbc.utc(now));
                    insertOutbox.executeUpdate();
                    update = completed;
                    update.setObject(p++, Jdbc.utc(at));
                }
            }
            update.setLong(p++, version + 1);
            update.setObject(p++, Jdbc.utc(now));
            update.setBytes(p++, Ids.bytes(visit));
            update.setLong(p, version);
            if (update.executeUpdate() != 1) {
                throw new SQLException("optimistic lock lost on visit " + visit);
            }
            version++;
        }

        void close() throws SQLException {
            for (PreparedStatement s : List.of(insertVisit, insertTechnician, insertEvent, insertPart, insertOutbox,
                    arrived, diagnosed, touched, completed)) {
                s.close();
            }
        }
    }
}
