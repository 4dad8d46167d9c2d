package io.fieldback.privacy.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.privacy.AuditAction;
import io.quarkus.hibernate.orm.panache.Panache;

/** Reading the audit log: oldest first, keyset-paged by id (ids are time-ordered). There is no writing here. */
@ApplicationScoped
class AuditService {

    /** The filters of GET /audit-events; from is inclusive, to exclusive. */
    public record Criteria(String subject, AuditAction action, String resourceType, UUID resourceId, UUID customerId,
            Instant from, Instant to) {
    }

    @Transactional
    public Page<AuditEventView> list(Criteria criteria, PageParams paging) {
        if (criteria.from() != null && criteria.to() != null && !criteria.from().isBefore(criteria.to())) {
            throw ApiException.badRequest("to", "must be after from");
        }
        int size = paging.size();
        StringJoiner where = new StringJoiner(" and ");
        Map<String, Object> params = new HashMap<>();
        add(where, params, "e.subject = :subject", "subject", criteria.subject());
        add(where, params, "e.action = :action", "action", criteria.action());
        add(where, params, "e.resourceType = :type", "type", criteria.resourceType());
        add(where, params, "e.resourceId = :resource", "resource", criteria.resourceId());
        add(where, params, "e.customerId = :customer", "customer", criteria.customerId());
        add(where, params, "e.occurredAt >= :from", "from", criteria.from());
        add(where, params, "e.occurredAt < :to", "to", criteria.to());
        add(where, params, "e.id > :after", "after", paging.after());
        String jpql = "select e from AuditEvent e" + (where.length() == 0 ? "" : " where " + where) + " order by e.id";
        TypedQuery<AuditEvent> query = Panache.getEntityManager().createQuery(jpql, AuditEvent.class);
        params.forEach(query::setParameter);
        List<AuditEvent> rows = query.setMaxResults(size + 1).getResultList();
        boolean more = rows.size() > size;
        List<AuditEvent> page = more ? rows.subList(0, size) : rows;
        String next = more ? cursor(page.get(page.size() - 1).id) : null;
        return new Page<>(page.stream().map(AuditEventView::of).toList(), next);
    }

    private static void add(StringJoiner where, Map<String, Object> params, String clause, String name, Object value) {
        if (value != null) {
            where.add(clause);
            params.put(name, value);
        }
    }

    /** The same cursor format as every other list (PageParams reads it back). */
    private static String cursor(UUID lastId) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(lastId.toString().getBytes(StandardCharsets.US_ASCII));
    }
}
