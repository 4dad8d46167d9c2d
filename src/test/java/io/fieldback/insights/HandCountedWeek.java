package io.fieldback.insights;

import static io.fieldback.insights.InsightsFixtures.a;
import static io.fieldback.insights.InsightsFixtures.at;
import static io.fieldback.insights.InsightsFixtures.call;
import static io.fieldback.insights.InsightsFixtures.perfunctory;
import static io.fieldback.insights.InsightsFixtures.v1;
import static io.fieldback.insights.InsightsFixtures.withAttempts;
import static io.fieldback.insights.InsightsFixtures.withReason;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.fieldback.insights.InsightsFixtures.Row;

/**
 * One week of hand-counted data (and a little around it). The expected figures are worked out in the
 * tests' comments from the table below; the week is Monday {@code monday} to Sunday in Asia/Shanghai.
 *
 * <pre>
 * dealer A: stations S1 (EAST), S2 (EAST); dealer B: station S3 (SOUTH)
 * customers: c1 EAST/KEY/END_USER (machine e1, YC6L), c2 SOUTH/ORDINARY/OEM (e2, YC4D), c3 EAST/POTENTIAL/DEALER
 *
 * own calls due in the week                     q  qs  att ats spd sps pro prs other
 *  #1 S1 c1 e1 COMPLETED                        Y  5   Y   5   N   2   Y   4   "很好"
 *  #2 S1 c1 e1 COMPLETED                        N  1   Y   4   Y   5   N   2   !"发动机异响" (problem)
 *  #3 S1 c2 e2 COMPLETED, perfunctory           Y  5   Y   5   Y   5   Y   5   -
 *  #4 S2 c2 e2 REFUSED (1 attempt)
 *  #5 S2 c3    UNREACHABLE (3 attempts)
 *  #6 S3 c3    NOT_ELIGIBLE DO_NOT_CALL (0 attempts)
 *  #7 S3 c1    NOT_ELIGIBLE CALLED_RECENTLY (0 attempts)
 *  #8 S1 c2 e2 OPEN (1 attempt: callback requested)
 *  #9 -- c1    COMPLETED (made by hand, no station) Y 4   Y   3   Y   4   Y   5   -
 * around it: #10 S1 c1 COMPLETED all yes/5, due the Sunday before at 23:59 local (previous week);
 *            #11 S1 c1 REFUSED due the Monday after at 00:00 local (next week: never in this week)
 *
 * vendor rows interviewed in the week               q  att spd pro other
 *  v1 S1 (dealer A) c1 EAST KEY END_USER YC6L         Y  Y   Y   N   ""
 *  v2 S3 (dealer B) c2 SOUTH ORDINARY OEM YC4D        N  Y   N   Y   "配件太贵"
 *
 * complaints received in the week (k1, k2 about visits of S1, k3 about a visit of S3)
 *  k1 PRODUCT_QUALITY Tue 10:00; first contact met, reply missed, corrective running; first closed Sat 10:00
 *     (96 h); reopened Sun 09:00; second satisfaction yes (Sat 12:00)
 *  k2 PRODUCT_QUALITY Wed 10:00; first contact missed, reply met, corrective met; second satisfaction no (Thu)
 *  k3 PARTS Thu 10:00; first contact met, reply running, corrective running
 *  kd SERVICE_ATTITUDE Thu 11:00, a duplicate of k1: counted nowhere
 * </pre>
 */
final class HandCountedWeek {

    final LocalDate monday;
    final String week;
    final UUID dealerA;
    final UUID dealerB;
    final UUID s1;
    final UUID s2;
    final UUID s3;

    HandCountedWeek(InsightsFixtures f) {
        monday = InsightsFixtures.freshMonday();
        week = InsightsFixtures.isoWeek(monday);
        dealerA = f.dealer();
        dealerB = f.dealer();
        s1 = f.station(dealerA, "EAST");
        s2 = f.station(dealerA, "EAST");
        s3 = f.station(dealerB, "SOUTH");
        UUID c1 = f.customer("EAST", "KEY", "END_USER");
        UUID c2 = f.customer("SOUTH", "ORDINARY", "OEM");
        UUID c3 = f.customer("EAST", "POTENTIAL", "DEALER");
        UUID e1 = f.equipment(c1, "YC6L");
        UUID e2 = f.equipment(c2, "YC4D");
        Instant wed = at(monday.plusDays(2), 10, 0);

        f.insert(call(c1, s1, dealerA, e1, "YC6L", "END_USER", "COMPLETED", wed),
                v1(true, 5, true, 5, false, 2, true, 4, "很好"));
        f.insert(call(c1, s1, dealerA, e1, "YC6L", "END_USER", "COMPLETED", wed),
                v1(false, 1, true, 4, true, 5, false, 2, "!发动机异响"));
        f.insert(perfunctory(call(c2, s1, dealerA, e2, "YC4D", "OEM", "COMPLETED", wed)),
                v1(true, 5, true, 5, true, 5, true, 5, null));
        f.insert(call(c2, s2, dealerA, e2, "YC4D", "OEM", "REFUSED", wed), List.of());
        f.insert(withAttempts(call(c3, s2, dealerA, null, null, "DEALER", "UNREACHABLE", wed), 3), List.of());
        f.insert(withReason(call(c3, s3, dealerB, null, null, "DEALER", "NOT_ELIGIBLE", wed), "DO_NOT_CALL"), List.of());
        f.insert(withReason(call(c1, s3, dealerB, null, null, "END_USER", "NOT_ELIGIBLE", wed), "CALLED_RECENTLY"),
                List.of());
        f.insert(call(c2, s1, dealerA, e2, "YC4D", "OEM", "OPEN", wed), List.of());
        f.insert(call(c1, null, null, null, null, "END_USER", "COMPLETED", at(monday.plusDays(6), 23, 59)),
                v1(true, 4, true, 3, true, 4, true, 5, null));
        // just outside the week, one on each side
        f.insert(call(c1, s1, dealerA, e1, "YC6L", "END_USER", "COMPLETED", at(monday.minusDays(1), 23, 59)),
                v1(true, 5, true, 5, true, 5, true, 5, null));
        f.insert(call(c1, s1, dealerA, e1, "YC6L", "END_USER", "REFUSED", at(monday.plusDays(7), 0, 0)), List.of());

        UUID vendor = f.vendor();
        f.insert(new Row(vendor, c1, s1, dealerA, e1, "EAST", "KEY", "END_USER", "YC6L", monday.plusDays(3)),
                List.of(a("quality_satisfied", true), a("attitude_satisfied", true), a("speed_satisfied", true),
                        a("proactive_satisfied", false), a("other_feedback", "")));
        f.insert(new Row(vendor, c2, s3, dealerB, e2, "SOUTH", "ORDINARY", "OEM", "YC4D", monday.plusDays(6)),
                List.of(a("quality_satisfied", false), a("attitude_satisfied", true), a("speed_satisfied", false),
                        a("proactive_satisfied", true), a("other_feedback", "配件太贵")));
        // the day after the week: not in it
        f.insert(new Row(vendor, c2, s3, dealerB, e2, "SOUTH", "ORDINARY", "OEM", "YC4D", monday.plusDays(7)),
                List.of(a("quality_satisfied", false)));

        UUID visitA = f.visit(c1, s1, dealerA);
        UUID visitB = f.visit(c2, s3, dealerB);
        Instant k1At = at(monday.plusDays(1), 10, 0);
        UUID k1 = f.complaint(c1, visitA, "PRODUCT_QUALITY", k1At, null,
                clock(k1At, 12, 2), clock(k1At, 48, 50), clock(k1At, 72 + 24 * 365 * 500, null),
                at(monday.plusDays(5), 10, 0));
        f.reopened(k1, at(monday.plusDays(6), 9, 0));
        f.secondSatisfaction(k1, true, at(monday.plusDays(5), 12, 0));
        Instant k2At = at(monday.plusDays(2), 10, 0);
        UUID k2 = f.complaint(c1, visitA, "PRODUCT_QUALITY", k2At, null,
                clock(k2At, 12, 13), clock(k2At, 72, 70), clock(k2At, 72, 71), null);
        f.secondSatisfaction(k2, false, at(monday.plusDays(3), 9, 0));
        Instant k3At = at(monday.plusDays(3), 10, 0);
        f.complaint(c2, visitB, "PARTS", k3At, null,
                clock(k3At, 12, 1), clock(k3At, 72 + 24 * 365 * 500, null), clock(k3At, 72 + 24 * 365 * 500, null), null);
        f.complaint(c1, visitA, "SERVICE_ATTITUDE", at(monday.plusDays(3), 11, 0), k1,
                clock(k3At, 12, 1), clock(k3At, 48, 1), clock(k3At, 72, 1), null);
    }

    /** A clock due {@code dueHours} after receipt, stopped {@code stopHours} after it (null: running). */
    private static Instant[] clock(Instant received, long dueHours, Integer stopHours) {
        return new Instant[] { received.plus(Duration.ofHours(dueHours)),
                stopHours == null ? null : received.plus(Duration.ofHours(stopHours)) };
    }

    String from() {
        return monday.toString();
    }

    String to() {
        return monday.plusDays(6).toString();
    }
}
