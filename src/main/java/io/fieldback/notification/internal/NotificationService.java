package io.fieldback.notification.internal;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.notification.NotificationStatus;
import io.fieldback.notification.NotificationView;

/** Reads notifications. */
@ApplicationScoped
public class NotificationService {

    public record Criteria(UUID customerId, UUID contactId, String topic, NotificationStatus status, UUID eventId) {
    }

    @Transactional
    public Page<NotificationView> list(Criteria criteria, PageParams paging) {
        Filter filter = new Filter().eq("e.customerId", criteria.customerId()).eq("e.contactId", criteria.contactId())
                .eq("e.topic", criteria.topic()).eq("e.status", criteria.status()).eq("e.eventId", criteria.eventId());
        return Keyset.page(Notification.class, filter, paging, Notification::view);
    }

    @Transactional
    public NotificationView get(UUID id) {
        Notification n = Notification.findById(id);
        if (n == null) {
            throw ApiException.notFound("notification " + id);
        }
        return n.view();
    }
}
