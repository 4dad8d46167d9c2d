package io.fieldback.notification.internal;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.ApiException;
import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.notification.Audience;
import io.fieldback.notification.SnapshotView;
import io.fieldback.notification.SubscriptionView;
import io.fieldback.security.Roles;

/** Weekly-report subscriptions and the frozen snapshots. */
@ApplicationScoped
public class ReportService {

    @Schema(name = "ReportSubscriptionRequest", example = """
            {"email": "quality@example.com", "name": "质量部", "audience": "DEPARTMENT", "departmentCode": "QA"}""")
    public record SubscriptionRequest(@NotNull @Email @Size(max = 255) String email,
            @NotBlank @Size(max = 100) String name, @NotNull Audience audience,
            @Schema(description = "ROLE: the role") @Size(max = 32) String role,
            @Schema(description = "DEPARTMENT: its code") @Size(max = 40) String departmentCode,
            @Schema(description = "DEALER: the dealer, whose stations' report it gets") UUID dealerId) {
    }

    @Transactional
    public SubscriptionView subscribe(SubscriptionRequest request) {
        ReportSubscription s = new ReportSubscription();
        s.email = request.email().trim();
        s.name = request.name().trim();
        s.audience = request.audience();
        switch (request.audience()) {
            case ROLE -> {
                if (request.role() == null || !Roles.ALL.contains(request.role())) {
                    throw ApiException.badRequest("role", "one of " + Roles.ALL);
                }
                s.role = request.role();
            }
            case DEPARTMENT -> {
                if (request.departmentCode() == null || request.departmentCode().isBlank()) {
                    throw ApiException.badRequest("departmentCode", "a DEPARTMENT subscription names the department");
                }
                s.departmentCode = request.departmentCode().trim();
            }
            case DEALER -> {
                if (request.dealerId() == null) {
                    throw ApiException.badRequest("dealerId", "a DEALER subscription names the dealer");
                }
                s.dealerId = request.dealerId();
            }
        }
        s.persistAndFlush();
        return s.view();
    }

    @Transactional
    public Page<SubscriptionView> subscriptions(PageParams paging) {
        return Keyset.page(ReportSubscription.class, new Filter().eq("e.active", true), paging, ReportSubscription::view);
    }

    @Transactional
    public void unsubscribe(UUID id) {
        ReportSubscription s = ReportSubscription.findById(id);
        if (s == null || !s.active) {
            throw ApiException.notFound("report subscription " + id);
        }
        s.active = false;
    }

    @Transactional
    public Page<SnapshotView> snapshots(String week, UUID dealerId, PageParams paging) {
        return Keyset.page(ReportSnapshot.class, new Filter().eq("e.week", week).eq("e.dealerId", dealerId), paging,
                ReportSnapshot::view);
    }

    @Transactional
    public SnapshotView snapshot(UUID id) {
        return find(id).view();
    }

    @Transactional
    public byte[] csv(UUID id) {
        return find(id).csv;
    }

    @Transactional
    public String html(UUID id) {
        return find(id).html;
    }

    @Transactional
    public String week(UUID id) {
        return find(id).week;
    }

    private static ReportSnapshot find(UUID id) {
        ReportSnapshot s = ReportSnapshot.findById(id);
        if (s == null) {
            throw ApiException.notFound("report snapshot " + id);
        }
        return s;
    }
}
