package io.fieldback.warranty.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
     * every station with approved claims or chargebacks in the month gets its batch. Returns the month's batches.
     */
    List<SettlementView> run(String monthText) {
        YearMonth month = month(monthText);
        if (!month.isBefore(YearMonth.from(LocalDate.ofInstant(time.now(), config.timeZone())))) {
            throw ApiException.badRequest("month", "only a month that is over can be settled; " + month + " is not");
        }
        runMonth(month);
        long started = System.nanoTime();
        List<SettlementView> views = QuarkusTransaction.requiringNew().call(() -> monthViews(month.toString()));
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
        SettlementRun.Window window = SettlementRun.Window.of(month, config.timeZone());
        List<Object[]> stations = QuarkusTransaction.requiringNew().call(() -> SettlementRun.stations(window));
        Log.infof("settlement %s: overdue parts charged in %d ms, %d stations found in %d ms", month,
                (charged - started) / 1_000_000, stations.size(), (System.nanoTime() - charged) / 1_000_000);
        if (stations.isEmpty()) {
            return 0;
        }
        for (int attempt = 1;; attempt++) {
            try {
                long settling = System.nanoTime();
                int made = QuarkusTransaction.requiringNew().call(() -> publish(SettlementRun.settleAll(window, stations,
                        time.now())));
                Log.infof("settlement %s: settled, events recorded and committed in %d ms", month,
                        (System.nanoTime() - settling) / 1_000_000);
                return made;
            } catch (RuntimeException e) {
                // a deadlock with a racing run is retried (the unique keys keep it right)
                if (attempt == 3 || !deadlock(e)) {
                    throw e;
                }
            }
        }
    }

    /** Tells the dealers' systems (on their change feeds) about the batches a run made or added lines to. */
    private int publish(java.util.Map<UUID, Long> grown) {
        if (grown.isEmpty()) {
            return 0;
        }
        for (Settlement b : Settlement.<Settlement>list("id in ?1", grown.keySet())) {
            events.record(SettlementMade.TOPIC, b.id, b.dealerId, new SettlementMade(b.id, b.stationId, b.dealerId,
                    b.month, b.currency, b.approvedTotal, b.chargebackTotal, b.netTotal, grown.get(b.id).intValue()));
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

    /** The month's batches the caller may see, with their lines: two queries however many batches (not one each). */
    private List<SettlementView> monthViews(String month) {
        Map<UUID, List<SettlementView.Line>> lines = new HashMap<>();
        Settlement.getEntityManager().createQuery("""
                select l.settlementId, l.kind, l.claimId, l.partReturnId, l.claimNumber, l.amount, l.reason
                  from SettlementLine l where l.settlementId in (select s.id from Settlement s where s.month = ?1)
                 order by l.settlementId, l.kind, l.claimNumber, l.id""", Object[].class).setParameter(1, month)
                .getResultStream().forEach(r -> lines.computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
                        .add(new SettlementView.Line((SettlementView.LineKind) r[1], (UUID) r[2], (UUID) r[3],
                                (String) r[4], (BigDecimal) r[5], (String) r[6])));
        return Settlement.<Settlement>list("month = ?1 order by stationId", month).stream()
                .filter(b -> caller.canSeeStation(b.stationId, b.dealerId))
                .map(b -> view(b, lines.getOrDefault(b.id, List.of()))).toList();
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

    private static UUID uuid(Object value) {
        return SettlementRun.uuid(value);
    }
}
