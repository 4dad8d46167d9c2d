package io.fieldback.followup.internal;

import io.fieldback.followup.*;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import io.fieldback.privacy.Masking;
import io.fieldback.privacy.PersonalDataHolder;
import io.fieldback.privacy.PersonalValues;
import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The contact name and phone copied onto the customer's calls. An erased customer is never called again: its calls
 * still to be made close as NOT_ELIGIBLE / DO_NOT_CALL, follow-up's own rule for a customer on do-not-call.
 */
@ApplicationScoped
class FollowUpPersonalData implements PersonalDataHolder {

    private final Event<FollowUpCallsChanged> changes;

    FollowUpPersonalData(Event<FollowUpCallsChanged> changes) {
        this.changes = changes;
    }

    @Override
    public Scope scope() {
        return Scope.FOLLOW_UPS;
    }

    @Override
    public Set<String> personalValues(UUID customerId) {
        return PersonalValues.of(Panache.getEntityManager()
                .createNativeQuery("SELECT contact_name, phone FROM followup_calls WHERE customer_id = ?1")
                .setParameter(1, customerId));
    }

    @Override
    public int erase(UUID customerId, Instant now) {
        var em = Panache.getEntityManager();
        int scrubbed = em.createNativeQuery("UPDATE followup_calls SET"
                + " contact_name = CASE WHEN contact_name IS NULL THEN NULL ELSE ?1 END,"
                + " phone = CASE WHEN phone IS NULL THEN NULL ELSE ?2 END, version = version + 1, updated_at = ?3"
                + " WHERE customer_id = ?4 AND (contact_name <> ?1 OR phone <> ?2)")
                .setParameter(1, Masking.ERASED_NAME).setParameter(2, Masking.ERASED_PHONE).setParameter(3, now)
                .setParameter(4, customerId).executeUpdate();
        em.createNativeQuery("UPDATE followup_calls SET status = 'NOT_ELIGIBLE', ineligible_reason = 'DO_NOT_CALL',"
                + " available_at = NULL, claimed_by = NULL, claim_expires_at = NULL, closed_at = ?1,"
                + " version = version + 1, updated_at = ?1"
                + " WHERE customer_id = ?2 AND status IN ('OPEN', 'AWAITING_SAMPLE')")
                .setParameter(1, now).setParameter(2, customerId).executeUpdate();
        changes.fire(FollowUpCallsChanged.ofCustomer(customerId));
        return scrubbed;
    }
}
