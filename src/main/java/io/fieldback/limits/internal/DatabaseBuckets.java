package io.fieldback.limits.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

import javax.sql.DataSource;

import io.fieldback.common.CertificationRetry;
import io.fieldback.limits.LimitsConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Buckets in the database table rate_limit_buckets, shared by every instance: one row per caller (tokens left,
 * when last counted), read with {@code FOR UPDATE} and written back in one short transaction, so two instances
 * taking from the same bucket at once are serialised by the row lock (on a Galera cluster: on the one node that
 * takes the writes). Time is the database's clock, so instances with skewed clocks still agree.
 */
public class DatabaseBuckets implements Buckets {

    private static final String LOCK = "SELECT tokens, updated_ms, ROUND(UNIX_TIMESTAMP(NOW(3)) * 1000) "
            + "FROM rate_limit_buckets WHERE caller = ? FOR UPDATE";
    private static final String CREATE = "INSERT IGNORE INTO rate_limit_buckets (caller, tokens, updated_ms) "
            + "VALUES (?, ?, ROUND(UNIX_TIMESTAMP(NOW(3)) * 1000))";
    private static final String SAVE = "UPDATE rate_limit_buckets SET tokens = ?, updated_ms = ? WHERE caller = ?";

    private final DataSource db;

    public DatabaseBuckets(DataSource db) {
        this.db = db;
    }

    @Override
    public long take(String caller, LimitsConfig.Rate rate) {
        String key = key(caller);
        // a bucket's transaction has no effect outside its row: safe to run again after a write conflict
        return CertificationRetry.call("rate-limit bucket", () -> QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = db.getConnection()) {
                return take(connection, key, rate);
            }
        }));
    }

    private static long take(Connection connection, String key, LimitsConfig.Rate rate) throws SQLException {
        double capacity = rate.capacity();
        double perMs = capacity / Math.max(1, rate.period().toMillis());
        try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
            lock.setString(1, key);
            ResultSet row = lock.executeQuery();
            if (!row.next()) {
                create(connection, key, capacity); // a new caller: a full bucket (INSERT IGNORE: another instance may race)
                row = lock.executeQuery();
                row.next();
            }
            double tokens = row.getDouble(1);
            long counted = row.getLong(2);
            long now = row.getLong(3);
            double refilled = Math.min(capacity, tokens + Math.max(0, now - counted) * perMs);
            boolean served = refilled >= 1;
            save(connection, key, served ? refilled - 1 : refilled, Math.max(now, counted));
            return served ? 0 : Math.max(1, (long) Math.ceil((1 - refilled) / perMs)) * 1_000_000L;
        }
    }

    private static void create(Connection connection, String key, double capacity) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(CREATE)) {
            insert.setString(1, key);
            insert.setDouble(2, capacity);
            insert.executeUpdate();
        }
    }

    private static void save(Connection connection, String key, double tokens, long at) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(SAVE)) {
            update.setDouble(1, tokens);
            update.setLong(2, at);
            update.setString(3, key);
            update.executeUpdate();
        }
    }

    /** Callers are kept by name; a name longer than the column is kept by its SHA-256. */
    private static String key(String caller) {
        if (caller.length() <= 190) {
            return caller;
        }
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(caller.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows of callers idle longer than the longest period (their buckets would be full): forgotten. */
    public int forgetIdle(long idleMs) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = db.getConnection();
                    PreparedStatement delete = connection.prepareStatement(
                            "DELETE FROM rate_limit_buckets WHERE updated_ms < ROUND(UNIX_TIMESTAMP(NOW(3)) * 1000) - ?")) {
                delete.setLong(1, idleMs);
                return delete.executeUpdate();
            }
        });
    }

    @Override
    public boolean blocking() {
        return true;
    }
}
