package io.fieldback.warranty.internal;

import static io.fieldback.common.JdbcColumns.uuid;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.DomainEvents;
import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.Refusal;
import io.fieldback.common.RowLocks;
import io.fieldback.common.TimeSource;
import io.fieldback.security.Caller;
import io.fieldback.warranty.SettlementMade;
import io.fieldback.warranty.SettlementPaid;
import io.fieldback.warranty.SettlementSummary;
import io.fieldback.warranty.SettlementView;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Monthly settlement: the run (one set-based transaction for the network), paying, and what each caller may see. */
@ApplicationScoped
class SettlementService {

    private final Caller caller;
    private final TimeSource time;
    private final WarrantyConfig config;
    private final PartReturnService partReturns;
    private final DomainEvents events;

    SettlementService(Caller caller, TimeSource time, WarrantyConfig config, PartReturnService partReturns,
            DomainEvents events) {
        this.events = events;
        this.caller = caller;
        this.time = time;
        this.config = config;
        this.partReturns = partReturns;
    }

    /**
     * Settles a month that is over (in the warranty time zone): overdue parts are charged back first, then
     * every station with approved claims or chargebacks in the month gets its batch. Returns the month's batches
     * without their lines.
     */
    List<SettlementSummary> run(String monthText) {
        YearMonth month = month(monthText);
        if (!month.isBefore(YearMonth.from(LocalDate.ofInstant(time.now(), config.timeZone())))) {
            throw ApiException.badRequest("month", "only a month that is over can be settled; " + month + " is not");
        }
        runMonth(month);
        long started = System.nanoTime();
        List<SettlementSummary> views = QuarkusTransaction.requiringNew().call(() -> monthSummaries(month.toString()));
        Log.infof("settlement %s: views read in %d ms", month, (System.nanoTime() - started) / 1_000_000);
        return views;
    }

    /** The month before today's (warranty time zone): what the monthly job settles. */
    YearMonth previousMonth() {
        return YearMonth.from(LocalDate.ofInstant(time.now(), config.timeZone())).minusMonths(1);
    }

    /** Settles a month for the whole network, whoever calls; returns the batches made or added to. */
    int runMonth(YearMonth month) {
        long started = System.nanoTime();
        partReturns.chargeOverdue();
        long charged = System.nanoTime();
        SettlementRun.Window window = SettlementRun.Window.of(month, config.timeZone(), config.batchTransactionTimeout());
        List<Object[]> stations = QuarkusTransaction.requiringNew().call(() -> SettlementRun.stations(window));
        Log.infof("settlement %s: overdue parts charged in %d ms, %d stations found in %d ms", month,
                (charged - started) / 1_000_000, stations.size(), (System.nanoTime() - charged) / 1_000_000);
        if (stations.isEmpty()) {
            return 0;
        }
        for (int attempt = 1;; attempt++) {
            try {
                return settleOnce(month, window, stations);
            } catch (RuntimeException e) {
                // a deadlock with a racing run is retried (the unique keys keep it right)
                if (attempt == 3 || !deadlock(e)) {
                    throw e;
                }
            }
        }
    }

    /** One transaction for the network, with the longer timeout a month of it needs on a loaded machine. */
    private int settleOnce(YearMonth month, SettlementRun.Window window, List<Object[]> stations) {
        long settling = System.nanoTime();
        int made = QuarkusTransaction.requiringNew().timeout(config.batchTransactionTimeout())
                .call(() -> publish(month.toString(), SettlementRun.settleAll(window, stations, time.now())));
        Log.infof("settlement %s: settled, events recorded and committed in %d ms", month,
                (System.nanoTime() - settling) / 1_000_000);
        return made;
    }

    /** Tells the dealers' systems (on their change feeds) about the batches a run made or added lines to. */
    private int publish(String month, List<SettlementRun.Grown> grown) {
        for (SettlementRun.Grown g : grown) {
            SettlementRun.Totals t = g.totals();
            events.record(SettlementMade.TOPIC, g.id(), g.dealerId(), new SettlementMade(g.id(), g.stationId(),
                    g.dealerId(), month, g.currency(), t.approved(), t.charged(), t.net(), (int) g.added()));
        }
        return grown.size();
    }

    private static boolean deadlock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && (t.getMessage().contains("Deadlock") || t.getMessage().contains("deadlock"))) {
                return true;
            }
        }
        return false;
    }

    @Transactional
    Page<SettlementView> list(String month, UUID stationId, PageParams paging) {
        Filter filter = new Filter().eq("e.month", month == null ? null : month(month).toString())
                .eq("e.stationId", stationId).eq("e.dealerId", caller.confinedToDealer())
                .eq("e.stationId", caller.confinedToStation());
        return Keyset.page(Settlement.class, filter, paging, SettlementService::view);
    }

    @Transactional
    SettlementView get(UUID id) {
        return view(visible(Settlement.findById(id), id));
    }

    @Transactional
    SettlementView pay(UUID id, String reference) {
        Settlement batch = RowLocks.lock("warranty_settlements", id) ? Settlement.findById(id) : null;
        visible(batch, id);
        Settlement.getEntityManager().refresh(batch);
        Refusal refused = batch.pay(reference, caller.name(), time.now());
        if (refused != null) {
            throw refused.toException();
        }
        Settlement.flush();
        events.record(SettlementPaid.TOPIC, batch.id, batch.dealerId, new SettlementPaid(batch.id, batch.stationId,
                batch.dealerId, batch.month, batch.currency, batch.netTotal, batch.paymentReference, batch.paidAt));
        return view(batch);
    }

    /** The month's batches the caller may see, each with its line count (one query, index-only for the counts). */
    private List<SettlementSummary> monthSummaries(String month) {
        return Settlement.getEntityManager().createQuery("""
                select s, (select count(l) from SettlementLine l where l.settlementId = s.id)
                  from Settlement s where s.month = ?1 order by s.stationId""", Object[].class).setParameter(1, month)
                .getResultStream().filter(r -> caller.canSeeStation(((Settlement) r[0]).stationId,
                        ((Settlement) r[0]).dealerId))
                .map(r -> summary((Settlement) r[0], (Long) r[1])).toList();
    }

    private static SettlementSummary summary(Settlement b, long lines) {
        return new SettlementSummary(b.id, b.stationId, b.dealerId, b.month, b.currency, b.approvedTotal,
                b.chargebackTotal, b.netTotal, b.status, b.paymentReference, b.paidAt, lines, b.version, b.createdAt,
                b.updatedAt);
    }

    static SettlementView view(Settlement b) {
        return view(b, SettlementLine.<SettlementLine>list("settlementId = ?1 order by kind, claimNumber, id", b.id)
                .stream().map(l -> new SettlementView.Line(l.kind, l.claimId, l.partReturnId, l.claimNumber, l.amount,
                        l.reason)).toList());
    }

    private static SettlementView view(Settlement b, List<SettlementView.Line> lines) {
        return new SettlementView(b.id, b.stationId, b.dealerId, b.month, b.currency, b.approvedTotal,
                b.chargebackTotal, b.netTotal, b.status, b.paymentReference, b.paidAt, b.paidBy, lines, b.version,
                b.createdAt, b.updatedAt);
    }

    private Settlement visible(Settlement batch, UUID id) {
        if (batch == null || !caller.canSeeStation(batch.stationId, batch.dealerId)) {
            throw ApiException.notFound("settlement " + id);
        }
        return batch;
    }

    private static YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("month", "is required, as YYYY-MM");
        }
        YearMonth month;
        try {
            month = YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("month", "'" + text + "' is not a month as YYYY-MM");
        }
        if (month.getYear() < 2000 || month.getYear() > 9998) {
            // the database's dates start at year 1000; nothing was decided before the service began
            throw ApiException.badRequest("month", "'" + text + "' is not a month between 2000 and 9998");
        }
        return month;
    }
}
