package io.fieldback.warranty.internal;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.RowLocks;
import io.fieldback.common.TimeSource;
import io.fieldback.security.Caller;
import io.fieldback.warranty.SettlementView;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Monthly settlement: the run (one transaction per station), paying, and what each caller may see. */
@ApplicationScoped
class SettlementService {

    private final Caller caller;
    private final TimeSource time;
    private final WarrantyConfig config;
    private final PartReturnService partReturns;

    SettlementService(Caller caller, TimeSource time, WarrantyConfig config, PartReturnService partReturns) {
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
        partReturns.chargeOverdue();
        SettlementRun.Window window = SettlementRun.Window.of(month, config.timeZone());
        List<Object[]> stations = QuarkusTransaction.requiringNew().call(() -> SettlementRun.stations(window));
        for (Object[] s : stations) {
            settle(window, uuid(s[0]), uuid(s[1]), (String) s[2]);
        }
        return QuarkusTransaction.requiringNew().call(() -> Settlement.<Settlement>list(
                "month = ?1 order by stationId", month.toString()).stream()
                .filter(b -> caller.canSeeStation(b.stationId, b.dealerId)).map(SettlementService::view).toList());
    }

    /** One station in its own transaction; a deadlock with a racing run is retried (the unique keys keep it right). */
    private void settle(SettlementRun.Window window, UUID station, UUID dealer, String currency) {
        for (int attempt = 1;; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> SettlementRun.settle(window, station, dealer, currency,
                        time.now()));
                return;
            } catch (RuntimeException e) {
                if (attempt == 3 || !deadlock(e)) {
                    throw e;
                }
            }
        }
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
        return view(batch);
    }

    static SettlementView view(Settlement b) {
        List<SettlementView.Line> lines = SettlementLine.<SettlementLine>list(
                "settlementId = ?1 order by kind, claimNumber, id", b.id).stream()
                .map(l -> new SettlementView.Line(l.kind, l.claimId, l.partReturnId, l.claimNumber, l.amount, l.reason))
                .toList();
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
        if (value instanceof UUID u) {
            return u;
        }
        ByteBuffer bytes = ByteBuffer.wrap((byte[]) value);
        return new UUID(bytes.getLong(), bytes.getLong());
    }
}
