package io.fieldback.notification.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.common.TimeSource;
import io.fieldback.insights.WeeklyReports;
import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Every Monday morning: the previous week's report is frozen once per scope (the network, each subscribed
 * dealer) and mailed to each active subscription once, with the CSV attached and a signed link to the page.
 * Reruns (another instance, a retry) find the snapshot and the deliveries already there.
 */
@ApplicationScoped
public class ReportDistribution {

    private final WeeklyReports reports;
    private final ReportLinks links;
    private final SmtpSender mailer;
    private final TimeSource time;

    ReportDistribution(WeeklyReports reports, ReportLinks links, SmtpSender mailer, TimeSource time) {
        this.reports = reports;
        this.links = links;
        this.mailer = mailer;
        this.time = time;
    }

    @Scheduled(identity = "weekly-report-distribution", cron = "${fieldback.notification.weekly.cron:0 0 8 ? * MON}",
            timeZone = "${fieldback.followup.time-zone:Asia/Shanghai}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** Freezes and mails last week's report; returns how many e-mails went out. */
    public int run() {
        if (!links.configured()) {
            Log.error("weekly report not distributed: set FIELDBACK_NOTIFICATION_WEEKLY_LINK_SECRET");
            return 0;
        }
        String week = reports.previousWeek(time.now());
        List<ReportSubscription> subscriptions = QuarkusTransaction.requiringNew()
                .call(() -> ReportSubscription.<ReportSubscription>list("active = true order by id"));
        Set<UUID> scopes = new LinkedHashSet<>();
        subscriptions.forEach(s -> scopes.add(s.reportScope()));
        int sent = 0;
        for (UUID scope : scopes) {
            UUID snapshot = freeze(week, scope);
            for (ReportSubscription subscription : subscriptions) {
                if (java.util.Objects.equals(scope, subscription.reportScope()) && deliver(snapshot, subscription)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    /** The snapshot of the week and scope, made now if there is none; figures are never recomputed. */
    public UUID freeze(String week, UUID dealerId) {
        UUID existing = QuarkusTransaction.requiringNew().call(() -> idOf(week, dealerId));
        if (existing != null) {
            return existing;
        }
        WeeklyReports.Rendered rendered = reports.render(week, dealerId);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                ReportSnapshot s = new ReportSnapshot();
                s.week = rendered.week();
                s.scopeKey = ReportSnapshot.key(dealerId);
                s.dealerId = dealerId;
                s.from = java.time.LocalDate.parse(rendered.from());
                s.to = java.time.LocalDate.parse(rendered.to());
                s.csv = rendered.csv();
                s.html = rendered.html();
                s.reportJson = rendered.json();
                s.frozenAt = time.now();
                s.persistAndFlush();
                return s.id;
            });
        } catch (RuntimeException e) {
            // another instance froze it at the same moment: theirs stands
            return QuarkusTransaction.requiringNew().call(() -> idOf(week, dealerId));
        }
    }

    private static UUID idOf(String week, UUID dealerId) {
        ReportSnapshot s = ReportSnapshot.of(week, dealerId);
        return s == null ? null : s.id;
    }

    private boolean deliver(UUID snapshotId, ReportSubscription subscription) {
        UUID delivery;
        try {
            delivery = QuarkusTransaction.requiringNew().call(() -> claim(snapshotId, subscription));
        } catch (RuntimeException e) {
            return false; // claimed by another instance at the same moment
        }
        if (delivery == null) {
            return false;
        }
        Mail mail = QuarkusTransaction.requiringNew().call(() -> mail(snapshotId, subscription));
        String error = null;
        try {
            mailer.send(mail);
        } catch (RuntimeException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
            Log.warnf(e, "weekly report to %s not sent", subscription.email);
        }
        String failure = error;
        QuarkusTransaction.requiringNew().run(() -> {
            ReportDelivery d = ReportDelivery.findById(delivery);
            d.status = failure == null ? ReportDelivery.SENT : ReportDelivery.FAILED;
            d.error = failure == null ? null : failure.substring(0, Math.min(255, failure.length()));
            d.sentAt = failure == null ? time.now() : null;
        });
        return failure == null;
    }

    private static UUID claim(UUID snapshotId, ReportSubscription subscription) {
        if (ReportDelivery.count("snapshotId = ?1 and subscriptionId = ?2", snapshotId, subscription.id) > 0) {
            return null;
        }
        ReportDelivery d = new ReportDelivery();
        d.snapshotId = snapshotId;
        d.subscriptionId = subscription.id;
        d.email = subscription.email;
        d.status = ReportDelivery.SENDING;
        d.persistAndFlush();
        return d.id;
    }

    private Mail mail(UUID snapshotId, ReportSubscription subscription) {
        ReportSnapshot s = ReportSnapshot.findById(snapshotId);
        String link = links.link(s.id);
        String scope = s.dealerId == null ? "全网 network" : "经销商 dealer";
        String html = "<p>" + escape(subscription.name) + "，您好：</p><p>" + s.week + "（" + s.from + " – " + s.to
                + "）回访周报 / weekly follow-up report, " + scope + ".</p><p><a href=\"" + escape(link) + "\">"
                + "查看报告 / open the report</a></p><p>CSV attached.</p>";
        return Mail.withHtml(subscription.email, "回访周报 weekly report " + s.week, html)
                .addAttachment("weekly-report-" + s.week + ".csv", s.csv, "text/csv; charset=UTF-8");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
