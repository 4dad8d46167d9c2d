package io.fieldback.bench.survey;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.fieldback.bench.Http;
import io.fieldback.bench.Ids;
import io.fieldback.bench.Jdbc;
import io.fieldback.bench.Results;
import io.fieldback.bench.Tokens;

/**
 * The survey-upload benchmark (issue 6).
 * <ul>
 * <li>{@code generate FILE ROWS}: writes a vendor CSV of ROWS valid rows about the customers that VisitSeed made
 * (60% named by customer code, 40% by equipment serial), every item answered, a third with free text
 * that needs quoting (commas, quotes, Chinese).</li>
 * <li>{@code run BASE_URL JDBC_URL PRIVATE_KEY RUN_DIR FILE ROWS GC_LOG RESULTS COMMIT NOTES}: the baseline
 * (plain JDBC: the same rows into survey_results and survey_result_answers, batches of 1,000 rows with
 * rewriteBatchedStatements, one commit per batch, customers resolved from an in-memory map), then the
 * API (POST /api/v1/survey-batches with the file, then GET until DONE), then the baseline again; prints
 * rows/s of each, the ratio to the mean baseline, and the app's peak heap from its GC log.</li>
 * </ul>
 */
public final class SurveyBench {

    static final String HEADER = "rowId,customerCode,equipmentSerial,repairOrderNumber,interviewDate,method,"
            + "quality_satisfied,quality_score,attitude_satisfied,attitude_score,speed_satisfied,speed_score,"
            + "proactive_satisfied,proactive_score,other_feedback";
    static final String[] ITEMS = { "quality_satisfied", "quality_score", "attitude_satisfied", "attitude_score",
            "speed_satisfied", "speed_score", "proactive_satisfied", "proactive_score", "other_feedback" };
    static final int CUSTOMERS = 1000;
    static final int CHUNK = 1000;

    public static void main(String[] args) throws Exception {
        if (args[0].equals("generate")) {
            generate(Path.of(args[1]), Integer.parseInt(args[2]));
        } else {
            run(args);
        }
    }

    public static void generate(Path file, int rows) throws Exception {
        Random random = new Random(6);
        String[] methods = { "PHONE", "WEB", "FACE_TO_FACE" };
        String[] texts = { "配件到得快, 师傅很专业", "电话没人接, 等了\"两天\"", "服务很好，谢谢" };
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (int i = 0; i < rows; i++) {
                int n = random.nextInt(CUSTOMERS);
                boolean byCode = random.nextInt(10) < 6;
                StringBuilder line = new StringBuilder(160);
                line.append("VR-").append(String.format("%07d", i)).append(',')
                        .append(byCode ? "BENCH-C-" + n : "").append(',')
                        .append(byCode ? "" : "BENCH-SN-" + String.format("%07d", n)).append(",,")
                        .append(today.minusDays(1 + random.nextInt(300))).append(',')
                        .append(methods[i % 3]);
                for (int k = 0; k < 4; k++) {
                    line.append(',').append(random.nextInt(8) == 0 ? "no" : "yes")
                            .append(',').append(1 + random.nextInt(5));
                }
                line.append(',');
                if (i % 3 == 0) {
                    line.append('"').append(texts[i % texts.length].replace("\"", "\"\"")).append('"');
                }
                out.write(line.toString());
                out.write('\n');
            }
        }
        System.out.printf("generated %d rows, %.1f MB: %s%n", rows, Files.size(file) / 1e6, file);
    }

    record Target(byte[] customerId, String relationship, String importance, String region, byte[] dealerId,
            byte[] equipmentId, String productSeries) {
    }

    static void run(String[] args) throws Exception {
        String baseUrl = args[1];
        String jdbcUrl = Jdbc.withBatching(args[2]);
        Tokens tokens = new Tokens(Path.of(args[3]));
        Path runDir = Path.of(args[4]);
        Path file = Path.of(args[5]);
        int rows = Integer.parseInt(args[6]);
        Path gcLog = Path.of(args[7]);
        Path results = Path.of(args[8]);
        String commit = args[9];
        String notes = args[10];

        UUID vendorId = Ids.v7();
        byte[] questionnaireId;
        try (Connection c = Jdbc.connect(jdbcUrl)) {
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO vendors (id, code, name, active, version, created_at,"
                    + " updated_at) VALUES (?, 'BENCH-VND', '基准调研公司', TRUE, 0, ?, ?)")) {
                ps.setBytes(1, Ids.bytes(vendorId));
                ps.setObject(2, now);
                ps.setObject(3, now);
                ps.executeUpdate();
            }
            try (ResultSet rs = c.createStatement().executeQuery("SELECT id FROM followup_questionnaires WHERE version_number = 1")) {
                rs.next();
                questionnaireId = rs.getBytes(1);
            }
        }

        double jdbc1 = baseline(jdbcUrl, vendorId, questionnaireId, file, rows, "baseline-1");
        System.out.printf("baseline 1: %.0f rows/s%n", jdbc1);

        String token = tokens.vendor("bench-vendor", vendorId);
        long t0 = System.nanoTime();
        HttpURLConnection post = (HttpURLConnection) URI.create(baseUrl + "/api/v1/survey-batches?batchId=bench-"
                + System.currentTimeMillis() + "&questionnaireVersion=1").toURL().openConnection();
        post.setRequestMethod("POST");
        post.setDoOutput(true);
        post.setFixedLengthStreamingMode(Files.size(file));
        post.setRequestProperty("Authorization", "Bearer " + token);
        post.setRequestProperty("Content-Type", "text/csv");
        try (OutputStream out = post.getOutputStream()) {
            Files.copy(file, out);
        }
        int status = post.getResponseCode();
        String answer = new String((status < 400 ? post.getInputStream() : post.getErrorStream()).readAllBytes(),
                StandardCharsets.UTF_8);
        long uploaded = System.nanoTime();
        if (status != 202) {
            throw new IllegalStateException("upload answered " + status + ": " + answer);
        }
        String id = Http.field(answer, "id");
        String batch;
        while (true) {
            HttpURLConnection get = (HttpURLConnection) URI.create(baseUrl + "/api/v1/survey-batches/" + id).toURL()
                    .openConnection();
            get.setRequestProperty("Authorization", "Bearer " + token);
            try (InputStream in = get.getInputStream()) {
                batch = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String s = Http.field(batch, "status");
            if (s.equals("DONE") || s.equals("FAILED")) {
                break;
            }
            Thread.sleep(100);
        }
        long done = System.nanoTime();
        double apiSeconds = (done - t0) / 1e9;
        double api = rows / apiSeconds;
        long accepted = Long.parseLong(Http.field(batch, "accepted"));
        long rejected = Long.parseLong(Http.field(batch, "rejected"));
        long stored;
        try (Connection c = Jdbc.connect(jdbcUrl);
                PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), COUNT(DISTINCT vendor_row_id) FROM survey_results"
                        + " WHERE batch_id = ?")) {
            ps.setBytes(1, Ids.bytes(UUID.fromString(id)));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                stored = rs.getLong(1) == rs.getLong(2) ? rs.getLong(1) : -1;
            }
        }
        System.out.printf("API: %s, %d accepted, %d rejected, %d rows stored once each; upload %.1f s, import %.1f s: %.0f rows/s%n",
                Http.field(batch, "status"), accepted, rejected, stored, (uploaded - t0) / 1e9, (done - uploaded) / 1e9, api);

        double jdbc2 = baseline(jdbcUrl, vendorId, questionnaireId, file, rows, "baseline-2");
        System.out.printf("baseline 2: %.0f rows/s%n", jdbc2);
        double jdbc = (jdbc1 + jdbc2) / 2;
        double ratio = api / jdbc;
        long peak = peakHeapMb(gcLog);
        boolean valid = Http.field(batch, "status").equals("DONE") && accepted == rows && stored == rows;
        String checks = valid ? rows + " rows stored once each" : "NOT VALID: status " + Http.field(batch, "status")
                + ", accepted " + accepted + ", stored " + stored;
        System.out.println();
        System.out.printf("survey upload, %d rows (%.1f MB)%n", rows, Files.size(file) / 1e6);
        System.out.printf("  API (upload + import)   %8.0f rows/s   (%.1f s; upload %.1f s)%n", api, apiSeconds, (uploaded - t0) / 1e9);
        System.out.printf("  JDBC baseline (mean)    %8.0f rows/s   (%.0f and %.0f)%n", jdbc, jdbc1, jdbc2);
        System.out.printf("  API / baseline          %8.2f          target >= 0.40 %s%n", ratio, ratio >= 0.40 ? "MET" : "NOT MET");
        System.out.printf("  app peak heap           %8d MB       (GC log: heap before collections; app -Xmx in notes)%n", peak);
        System.out.printf("  checks                  %s%n", checks);

        String line = String.format(Locale.ROOT, "| %s | %s | %d | %.0f | %.0f | %.2f | %.1f / %.1f | %d | %s | %s |",
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(LocalDateTime.now(ZoneOffset.UTC)),
                commit, rows, api, jdbc, ratio, (uploaded - t0) / 1e9, (done - uploaded) / 1e9, peak, checks, notes);
        Results.record(results, SECTION_TEXT, line);
        Files.writeString(runDir.resolve("survey-summary.txt"), line + "\n");
        if (!valid) {
            System.exit(2);
        }
    }

    static final String SECTION_TEXT = """
            ## survey uploads (`bench/run-survey.sh`)

            100,000 generated rows uploaded as one CSV to the packaged app running with -Xmx256m: upload plus import
            until DONE, against plain JDBC batched inserts of the same rows (mean of one run before and one after).
            Peak heap: the largest heap occupancy before a collection in the app's GC log.

            | date (UTC) | commit | rows | API rows/s | JDBC rows/s | API/JDBC | upload / import s | app peak heap MB | checks | notes |
            |---|---|---|---|---|---|---|---|---|---|
            """;

    static long peakHeapMb(Path gcLog) throws Exception {
        if (!Files.exists(gcLog)) {
            return -1;
        }
        Pattern p = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
        long peak = 0;
        for (String l : Files.readAllLines(gcLog)) {
            Matcher m = p.matcher(l);
            while (m.find()) {
                peak = Math.max(peak, Math.max(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))));
            }
        }
        return peak;
    }

    /** Plain JDBC: the same rows into the same tables, batches of 1,000 rows, one commit per batch. */
    static double baseline(String url, UUID vendorId, byte[] questionnaireId, Path file, int rows, String name) throws Exception {
        try (Connection c = Jdbc.connect(url)) {
            Map<String, Target> byCode = new HashMap<>();
            Map<String, Target> bySerial = new HashMap<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT c.code, c.id, c.relationship, c.importance, c.region,"
                    + " c.dealer_id, e.id, e.product_series, e.serial_number FROM customers c JOIN equipment e ON e.customer_id = c.id")) {
                while (rs.next()) {
                    byCode.put(rs.getString(1), new Target(rs.getBytes(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getBytes(6), null, null));
                    bySerial.put(rs.getString(9), new Target(rs.getBytes(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getBytes(6), rs.getBytes(7), rs.getString(8)));
                }
            }
            UUID batchId = Ids.v7();
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO survey_batches (id, vendor_id, vendor_batch_id,"
                    + " questionnaire_id, questionnaire_version, format, charset_name, content_sha256, size_bytes, storage_key,"
                    + " status, total_rows, processed_rows, accepted_rows, rejected_rows, checkpoint_records, attempts,"
                    + " uploaded_by, version, created_at, updated_at) VALUES (?, ?, ?, ?, 1, 'CSV', 'UTF-8', ?, 0, '-', 'DONE',"
                    + " ?, ?, ?, 0, ?, 1, 'bench', 0, ?, ?)")) {
                ps.setBytes(1, Ids.bytes(batchId));
                ps.setBytes(2, Ids.bytes(vendorId));
                ps.setString(3, name);
                ps.setBytes(4, questionnaireId);
                ps.setString(5, "0".repeat(64));
                ps.setLong(6, rows);
                ps.setLong(7, rows);
                ps.setLong(8, rows);
                ps.setLong(9, rows);
                ps.setObject(10, now);
                ps.setObject(11, now);
                ps.executeUpdate();
            }
            c.setAutoCommit(false);
            long started = System.nanoTime();
            int done = 0;
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                    CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
                    PreparedStatement results = c.prepareStatement("INSERT INTO survey_results (id, batch_id, vendor_id,"
                            + " vendor_row_id, line_number, customer_id, equipment_id, visit_id, station_id, dealer_id,"
                            + " relationship, importance, region, product_line, questionnaire_id, questionnaire_version,"
                            + " interview_date, method, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)");
                    PreparedStatement answers = c.prepareStatement("INSERT INTO survey_result_answers (result_id, position,"
                            + " item_code, item_type, bool_value, int_value, text_value) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (CSVRecord r : csv) {
                    String code = r.get("customerCode");
                    Target t = code.isEmpty() ? bySerial.get(r.get("equipmentSerial")) : byCode.get(code);
                    UUID resultId = Ids.v7();
                    byte[] rid = Ids.bytes(resultId);
                    results.setBytes(1, rid);
                    results.setBytes(2, Ids.bytes(batchId));
                    results.setBytes(3, Ids.bytes(vendorId));
                    results.setString(4, r.get("rowId"));
                    results.setLong(5, r.getRecordNumber() + 1);
                    results.setBytes(6, t.customerId());
                    results.setBytes(7, t.equipmentId());
                    results.setBytes(8, t.dealerId());
                    results.setString(9, t.relationship());
                    results.setString(10, t.importance());
                    results.setString(11, t.region());
                    results.setString(12, t.productSeries());
                    results.setBytes(13, questionnaireId);
                    results.setObject(14, LocalDate.parse(r.get("interviewDate")));
                    results.setString(15, r.get("method"));
                    results.setObject(16, now);
                    results.addBatch();
                    int position = 0;
                    for (String item : ITEMS) {
                        String value = r.get(item);
                        if (value.isEmpty()) {
                            continue;
                        }
                        answers.setBytes(1, rid);
                        answers.setInt(2, position++);
                        answers.setString(3, item);
                        if (item.endsWith("_satisfied")) {
                            answers.setString(4, "YES_NO");
                            answers.setBoolean(5, value.equals("yes"));
                            answers.setNull(6, Types.INTEGER);
                            answers.setNull(7, Types.VARCHAR);
                        } else if (item.endsWith("_score")) {
                            answers.setString(4, "SCALE_1_5");
                            answers.setNull(5, Types.BOOLEAN);
                            answers.setInt(6, Integer.parseInt(value));
                            answers.setNull(7, Types.VARCHAR);
                        } else {
                            answers.setString(4, "FREE_TEXT");
                            answers.setNull(5, Types.BOOLEAN);
                            answers.setNull(6, Types.INTEGER);
                            answers.setString(7, value);
                        }
                        answers.addBatch();
                    }
                    if (++done % CHUNK == 0) {
                        results.executeBatch();
                        answers.executeBatch();
                        c.commit();
                    }
                }
                results.executeBatch();
                answers.executeBatch();
                c.commit();
            }
            return done / ((System.nanoTime() - started) / 1e9);
        }
    }
}
