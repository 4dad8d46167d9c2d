package io.fieldback.notification.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.notification.Channel;
import io.fieldback.notification.NotificationFigures;
import io.fieldback.notification.NotificationFigures.Row;
import io.quarkus.hibernate.orm.panache.Panache;

/** Counts of messages by channel and topic, their cost, and the opt-out rate. */
@ApplicationScoped
public class FiguresService {

    private final NotificationConfig config;

    FiguresService(NotificationConfig config) {
        this.config = config;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public NotificationFigures figures(Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw ApiException.badRequest("from", "from and to are required, from before to");
        }
        List<Row> rows = perChannelAndTopic(from, to);
        long reachable = Identity.find("select count(distinct i.contactId) from Identity i").project(Long.class)
                .singleResult();
        long optedOut = Preference.find("select count(distinct p.contactId) from Preference p where p.optedOut = true "
                + "and p.contactId in (select i.contactId from Identity i)").project(Long.class).singleResult();
        BigDecimal rate = reachable == 0 ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(optedOut).divide(BigDecimal.valueOf(reachable), 4, RoundingMode.HALF_UP);
        return new NotificationFigures(from, to, config.prices().currency(), rows, perChannel(rows), reachable,
                optedOut, rate);
    }

    private List<Row> perChannelAndTopic(Instant from, Instant to) {
        List<Object[]> counted = Panache.getEntityManager().createQuery("select n.channel, n.topic, "
                + "sum(case when n.status in ('SENT', 'DELIVERED') or (n.status = 'FAILED' and n.sentAt is not null) then 1 else 0 end), "
                + "sum(case when n.status = 'DELIVERED' then 1 else 0 end), "
                + "sum(case when n.status = 'FAILED' then 1 else 0 end) "
                + "from Notification n where n.channel is not null and n.createdAt >= ?1 and n.createdAt < ?2 "
                + "group by n.channel, n.topic order by n.channel, n.topic")
                .setParameter(1, from).setParameter(2, to).getResultList();
        List<Row> rows = new ArrayList<>();
        for (Object[] r : counted) {
            Channel channel = (Channel) r[0];
            long sent = ((Number) r[2]).longValue();
            rows.add(new Row(channel, (String) r[1], sent, ((Number) r[3]).longValue(), ((Number) r[4]).longValue(),
                    cost(channel, sent)));
        }
        return rows;
    }

    /** The channel totals: the sum of its topics' rows. */
    private List<Row> perChannel(List<Row> rows) {
        Map<Channel, long[]> totals = new TreeMap<>();
        for (Row row : rows) {
            long[] t = totals.computeIfAbsent(row.channel(), c -> new long[3]);
            t[0] += row.sent();
            t[1] += row.delivered();
            t[2] += row.failed();
        }
        return totals.entrySet().stream().map(e -> new Row(e.getKey(), null, e.getValue()[0],
                e.getValue()[1], e.getValue()[2], cost(e.getKey(), e.getValue()[0]))).toList();
    }

    private BigDecimal cost(Channel channel, long sent) {
        BigDecimal price = switch (channel) {
            case SMS -> config.prices().sms();
            case PUSH -> config.prices().push();
            case WECHAT -> config.prices().wechat();
            case EMAIL -> config.prices().email();
        };
        return price.multiply(BigDecimal.valueOf(sent)).setScale(4, RoundingMode.HALF_UP);
    }
}
