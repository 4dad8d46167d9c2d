package io.fieldback.insights.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.insights.internal.FigureSql.Sql;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Rebuilds marked days of the read model. One transaction per batch, READ COMMITTED so the rebuild reads the
 * sources without locking them: it locks the batch's marks ({@code SKIP LOCKED}: a day whose mark a writer
 * holds is left for later), rebuilds those days, deletes their marks, commits. A writer that changes a day
 * meanwhile marks it again once the batch commits, so a day is only ever clean when its rows match. The months
 * of the rebuilt days are rebuilt from their day rows in the same transaction ({@link RollupMonths}).
 */
@ApplicationScoped
class RollupRefresher {

    /** Days rebuilt per transaction (the job) or at most inline before a report (longer: the report reads raw rows). */
    static final int BATCH_DAYS = 31;
    private static final LocalDate EVER_FIRST = LocalDate.of(1000, 1, 1);
    private static final LocalDate EVER_LAST = LocalDate.of(9999, 12, 31);

    private final DataSource dataSource;
    private final RollupBuilder builder;

    RollupRefresher(DataSource dataSource, RollupBuilder builder) {
        this.dataSource = dataSource;
        this.builder = builder;
    }

    /** How many days between {@code first} and {@code last} are marked (committed marks only). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    long marked(LocalDate first, LocalDate last) {
        long[] count = new long[1];
        try (Connection c = dataSource.getConnection()) {
            new Sql("SELECT COUNT(*) FROM insights_dirty_days WHERE day >= ? AND day <= ?").param(first).param(last)
                    .query(c, rs -> count[0] = rs.getLong(1));
        } catch (SQLException e) {
            throw new IllegalStateException("the read model's marks could not be read", e);
        }
        return count[0];
    }

    /** Rebuilds up to {@link #BATCH_DAYS} marked days in the span that no writer holds; returns how many. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    int refresh(LocalDate first, LocalDate last) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            try {
                int rebuilt = refresh(c, first, last);
                c.commit();
                return rebuilt;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the read model could not be refreshed", e);
        }
    }

    private int refresh(Connection c, LocalDate first, LocalDate last) throws SQLException {
        if (!lock(c)) {
            return 0;
        }
        List<LocalDate> days = new ArrayList<>();
        new Sql("SELECT day FROM insights_dirty_days WHERE day >= ? AND day <= ? ORDER BY day LIMIT ? "
                + "FOR UPDATE SKIP LOCKED").param(first).param(last).param(BATCH_DAYS)
                .query(c, rs -> days.add(rs.getObject(1, LocalDate.class)));
        for (int i = 0; i < days.size();) {
            int j = i;
            while (j + 1 < days.size() && days.get(j + 1).equals(days.get(j).plusDays(1))) {
                j++;
            }
            builder.rebuild(c, days.get(i), days.get(j));
            i = j + 1;
        }
        RollupMonths.rebuild(c, RollupMonths.of(days));
        for (LocalDate day : days) {
            new Sql("DELETE FROM insights_dirty_days WHERE day = ?").param(day).update(c);
        }
        return days.size();
    }

    /**
     * The roll-up's one lock row, so refreshes never rebuild a month from each other's uncommitted days; a
     * refresh running elsewhere means this one rebuilds nothing now (the report reads the calls meanwhile).
     */
    private static boolean lock(Connection c) throws SQLException {
        boolean[] held = new boolean[1];
        new Sql("SELECT id FROM insights_rollup_lock WHERE id = 1 FOR UPDATE SKIP LOCKED")
                .query(c, rs -> held[0] = true);
        return held[0];
    }

    /** Builds whatever is marked (the back-fill after migration, late rows, days no report asked for yet). */
    @Scheduled(identity = "insights-rollup", every = "${fieldback.insights.rollup.refresh-every:10s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshAll() {
        int total = 0;
        for (int rebuilt = refresh(EVER_FIRST, EVER_LAST); rebuilt > 0; rebuilt = refresh(EVER_FIRST, EVER_LAST)) {
            total += rebuilt;
        }
        if (total > 0) {
            Log.infof("insights read model: %d days rebuilt", total);
        }
    }
}
