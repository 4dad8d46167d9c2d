package io.fieldback.privacy.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fieldback.common.ApiException;
import io.fieldback.common.IdempotencyRecord;
import io.fieldback.common.RequestIds;
import io.fieldback.privacy.AuditAction;
import io.fieldback.privacy.ErasureSubjects;
import io.fieldback.privacy.Masking;
import io.fieldback.privacy.PersonalDataHolder;
import io.fieldback.security.Caller;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * Erases a customer's personal data on request: the customer's name, its contacts' names and phones,
 * and the copies of them on follow-up calls and complaints become placeholders; stored responses of
 * Idempotency-Key replays lose them too. Ids, relationships, answers, statuses and dates stay, so every
 * figure counted from them stays the same. The customer is put on do-not-call for good (a trigger keeps
 * it there), and its calls still waiting to be made are closed as NOT_ELIGIBLE / DO_NOT_CALL.
 *
 * <p>Each feature that keeps a copy scrubs its own rows ({@link PersonalDataHolder}), all in this one
 * transaction; this service owns only the erasure record, the audit line and the stored responses. Free text
 * (complaint descriptions, notes, answers) is kept as the customer's answers and is not scanned for names.
 */
@ApplicationScoped
class ErasureService {

    static final String FIELDS = "name,contacts.name,contacts.phone,followups.contactName,followups.phone,"
            + "complaints.contactName,complaints.contactPhone";

    private final Caller caller;
    private final AuditLog log;
    private final ObjectMapper mapper;
    private final CurrentVertxRequest request;
    private final ErasureSubjects subjects;
    private final Instance<PersonalDataHolder> holders;

    public ErasureService(Caller caller, AuditLog log, ObjectMapper mapper, CurrentVertxRequest request,
            ErasureSubjects subjects, Instance<PersonalDataHolder> holders) {
        this.caller = caller;
        this.log = log;
        this.mapper = mapper;
        this.request = request;
        this.subjects = subjects;
        this.holders = holders;
    }

    /** Idempotent: a repeated request scrubs what was added since, and keeps the first reason and time. */
    @Transactional
    public ErasureView erase(UUID customerId, ErasureRequest body) {
        if (!subjects.lock(customerId)) {
            throw ApiException.notFound("customer " + customerId);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        CustomerErasure erasure = firstErasure(customerId, body, now);
        Set<String> secrets = new LinkedHashSet<>();
        holders.forEach(holder -> secrets.addAll(holder.personalValues(customerId)));
        Map<PersonalDataHolder.Scope, Integer> counts = scrubHolders(customerId, now);
        int responses = scrubStoredResponses(customerId, secrets);
        ErasureView.Scrubbed scrubbed = new ErasureView.Scrubbed(counts.get(PersonalDataHolder.Scope.CUSTOMERS),
                counts.get(PersonalDataHolder.Scope.CONTACTS), counts.get(PersonalDataHolder.Scope.FOLLOW_UPS),
                counts.get(PersonalDataHolder.Scope.COMPLAINTS), responses);
        log.record(AuditAction.ERASE, "customer", customerId, customerId, FIELDS,
                "scrubbed: " + scrubbed.customers() + " customer, " + scrubbed.contacts() + " contacts, "
                        + scrubbed.followUps() + " follow-up calls, " + scrubbed.complaints() + " complaints, "
                        + responses + " stored responses");
        return new ErasureView(customerId, erasure.erasedAt, erasure.erasedBy, erasure.reason, scrubbed);
    }

    /** The customer's erasure row: the first request's, or written now for this one. */
    private CustomerErasure firstErasure(UUID customerId, ErasureRequest body, Instant now) {
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
        return erasure;
    }

    /** Each feature scrubs its own rows; how many it changed, by scope. */
    private Map<PersonalDataHolder.Scope, Integer> scrubHolders(UUID customerId, Instant now) {
        Map<PersonalDataHolder.Scope, Integer> counts = new EnumMap<>(PersonalDataHolder.Scope.class);
        for (PersonalDataHolder.Scope scope : PersonalDataHolder.Scope.values()) {
            counts.put(scope, 0);
        }
        holders.forEach(holder -> counts.merge(holder.scope(), holder.erase(customerId, now), Integer::sum));
        return counts;
    }

    /** The erasure of a customer, or null. */
    @Transactional
    public CustomerErasure find(UUID customerId) {
        return CustomerErasure.findById(customerId);
    }

    /**
     * Idempotency-Key replays keep the first response for a day; those about this customer (they name
     * its id) have every JSON string equal to one of the erased values replaced by the placeholder.
     */
    private int scrubStoredResponses(UUID customerId, Set<String> secrets) {
        if (secrets.isEmpty()) {
            return 0;
        }
        return IdempotencyRecord.rewriteResponsesMentioning(customerId.toString(), body -> {
            String scrubbed = body;
            for (String secret : secrets) {
                scrubbed = scrubbed.replace(json(secret), json(Masking.ERASED_NAME));
            }
            return scrubbed;
        });
    }

    private String json(String value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
