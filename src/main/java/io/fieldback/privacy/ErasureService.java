package io.fieldback.privacy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fieldback.common.ApiException;
import io.fieldback.common.RequestIds;
import io.fieldback.common.RowLocks;
import io.fieldback.security.Caller;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * Erases a customer's personal data on request: the customer's name, its contacts' names and phones,
 * and the copies of them on follow-up calls and complaints become placeholders; stored responses of
 * Idempotency-Key replays lose them too. Ids, relationships, answers, statuses and dates stay, so every
 * figure counted from them stays the same. The customer is put on do-not-call for good (a trigger keeps
 * it there), and its calls still waiting to be made are closed as NOT_ELIGIBLE / DO_NOT_CALL.
 *
 * <p>It writes other features' tables directly, in SQL, on purpose: erasure must reach every copy in
 * one transaction, including copies those features never expose a way to change. Free text (complaint
 * descriptions, notes, answers) is kept as the customer's answers and is not scanned for names.
 */
@ApplicationScoped
public class ErasureService {

    static final String FIELDS = "name,contacts.name,contacts.phone,followups.contactName,followups.phone,"
            + "complaints.contactName,complaints.contactPhone";

    private final Caller caller;
    private final AuditLog log;
    private final ObjectMapper mapper;
    private final CurrentVertxRequest request;

    public ErasureService(Caller caller, AuditLog log, ObjectMapper mapper, CurrentVertxRequest request) {
        this.caller = caller;
        this.log = log;
        this.mapper = mapper;
        this.request = request;
    }

    /** Idempotent: a repeated request scrubs what was added since, and keeps the first reason and time. */
    @Transactional
    public ErasureView erase(UUID customerId, ErasureRequest body) {
        EntityManager em = Panache.getEntityManager();
        // a plain read first: a locking read on a missing id would take a gap lock
        if (em.createNativeQuery("SELECT 1 FROM customers WHERE id = ?1").setParameter(1, customerId).getResultList()
                .isEmpty() || !RowLocks.lock("customers", customerId)) {
            throw ApiException.notFound("customer " + customerId);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        CustomerErasure erasure = CustomerErasure.findById(customerId);
        if (erasure == null) {
            erasure = new CustomerErasure();
            erasure.customerId = customerId;
            erasure.reason = body.reason();
            erasure.erasedBy = caller.name();
            erasure.erasedAt = now;
            erasure.requestId = request.getCurrent() == null ? null : RequestIds.of(request.getCurrent().request());
            erasure.persist();
            // the trigger that keeps erased customers on do-not-call looks for this row
            CustomerErasure.flush();
        }
        Set<String> secrets = secrets(em, customerId);
        String name = Masking.ERASED_NAME;
        String phone = Masking.ERASED_PHONE;
        int customers = em.createNativeQuery("UPDATE customers SET name = ?1, do_not_call = TRUE,"
                + " version = version + 1, updated_at = ?2 WHERE id = ?3 AND (name <> ?1 OR do_not_call = FALSE)")
                .setParameter(1, name).setParameter(2, now).setParameter(3, customerId).executeUpdate();
        int contacts = em.createNativeQuery("UPDATE contacts SET name = ?1, phone = ?2, version = version + 1,"
                + " updated_at = ?3 WHERE customer_id = ?4 AND (name <> ?1 OR phone <> ?2)")
                .setParameter(1, name).setParameter(2, phone).setParameter(3, now).setParameter(4, customerId)
                .executeUpdate();
        int followUps = em.createNativeQuery("UPDATE followup_calls SET"
                + " contact_name = CASE WHEN contact_name IS NULL THEN NULL ELSE ?1 END,"
                + " phone = CASE WHEN phone IS NULL THEN NULL ELSE ?2 END, version = version + 1, updated_at = ?3"
                + " WHERE customer_id = ?4 AND (contact_name <> ?1 OR phone <> ?2)")
                .setParameter(1, name).setParameter(2, phone).setParameter(3, now).setParameter(4, customerId)
                .executeUpdate();
        // an erased customer is never called again: calls still to be made close as do-not-call
        em.createNativeQuery("UPDATE followup_calls SET status = 'NOT_ELIGIBLE', ineligible_reason = 'DO_NOT_CALL',"
                + " available_at = NULL, claimed_by = NULL, claim_expires_at = NULL, closed_at = ?1,"
                + " version = version + 1, updated_at = ?1"
                + " WHERE customer_id = ?2 AND status IN ('OPEN', 'AWAITING_SAMPLE')")
                .setParameter(1, now).setParameter(2, customerId).executeUpdate();
        int complaints = em.createNativeQuery("UPDATE complaints SET"
                + " contact_name = CASE WHEN contact_name IS NULL THEN NULL ELSE ?1 END,"
                + " contact_phone = CASE WHEN contact_phone IS NULL THEN NULL ELSE ?2 END,"
                + " version = version + 1, updated_at = ?3"
                + " WHERE customer_id = ?4 AND (contact_name <> ?1 OR contact_phone <> ?2)")
                .setParameter(1, name).setParameter(2, phone).setParameter(3, now).setParameter(4, customerId)
                .executeUpdate();
        int responses = scrubStoredResponses(em, customerId, secrets);
        ErasureView.Scrubbed scrubbed = new ErasureView.Scrubbed(customers, contacts, followUps, complaints, responses);
        log.record(AuditAction.ERASE, "customer", customerId, customerId, FIELDS,
                "scrubbed: " + customers + " customer, " + contacts + " contacts, " + followUps + " follow-up calls, "
                        + complaints + " complaints, " + responses + " stored responses");
        return new ErasureView(customerId, erasure.erasedAt, erasure.erasedBy, erasure.reason, scrubbed);
    }

    /** The erasure of a customer, or null. */
    @Transactional
    public CustomerErasure find(UUID customerId) {
        return CustomerErasure.findById(customerId);
    }

    /** The personal values about to be replaced, to find them in stored responses. */
    @SuppressWarnings("unchecked")
    private static Set<String> secrets(EntityManager em, UUID customerId) {
        Set<String> values = new LinkedHashSet<>();
        List<Object> rows = new ArrayList<>();
        rows.addAll(em.createNativeQuery("SELECT name FROM customers WHERE id = ?1").setParameter(1, customerId)
                .getResultList());
        for (String sql : List.of("SELECT name, phone FROM contacts WHERE customer_id = ?1",
                "SELECT contact_name, phone FROM followup_calls WHERE customer_id = ?1",
                "SELECT contact_name, contact_phone FROM complaints WHERE customer_id = ?1")) {
            for (Object[] row : (List<Object[]>) em.createNativeQuery(sql).setParameter(1, customerId)
                    .getResultList()) {
                rows.add(row[0]);
                rows.add(row[1]);
            }
        }
        for (Object value : rows) {
            if (value != null && !value.toString().isEmpty() && !value.equals(Masking.ERASED_NAME)
                    && !value.equals(Masking.ERASED_PHONE)) {
                values.add(value.toString());
            }
        }
        return values;
    }

    /**
     * Idempotency-Key replays keep the first response for a day; those about this customer (they name
     * its id) have every JSON string equal to one of the erased values replaced by the placeholder.
     */
    @SuppressWarnings("unchecked")
    private int scrubStoredResponses(EntityManager em, UUID customerId, Set<String> secrets) {
        if (secrets.isEmpty()) {
            return 0;
        }
        List<Object[]> rows = em.createNativeQuery(
                "SELECT id, response_body FROM idempotency_keys WHERE response_body LIKE ?1")
                .setParameter(1, "%" + customerId + "%").getResultList();
        int changed = 0;
        for (Object[] row : rows) {
            String body = (String) row[1];
            String scrubbed = body;
            for (String secret : secrets) {
                scrubbed = scrubbed.replace(json(secret), json(Masking.ERASED_NAME));
            }
            if (!scrubbed.equals(body)) {
                em.createNativeQuery("UPDATE idempotency_keys SET response_body = ?1 WHERE id = ?2")
                        .setParameter(1, scrubbed).setParameter(2, row[0]).executeUpdate();
                changed++;
            }
        }
        return changed;
    }

    private String json(String value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
