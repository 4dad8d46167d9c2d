package io.fieldback.complaint.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.privacy.Masking;
import io.fieldback.privacy.PersonalDataHolder;
import io.fieldback.privacy.PersonalValues;
import io.quarkus.hibernate.orm.panache.Panache;

/** The contact name and phone copied onto the customer's complaints (descriptions are the customer's words, kept). */
@ApplicationScoped
class ComplaintPersonalData implements PersonalDataHolder {

    @Override
    public Scope scope() {
        return Scope.COMPLAINTS;
    }

    @Override
    public Set<String> personalValues(UUID customerId) {
        return PersonalValues.of(Panache.getEntityManager()
                .createNativeQuery("SELECT contact_name, contact_phone FROM complaints WHERE customer_id = ?1")
                .setParameter(1, customerId));
    }

    @Override
    public int erase(UUID customerId, Instant now) {
        return Panache.getEntityManager().createNativeQuery("UPDATE complaints SET"
                + " contact_name = CASE WHEN contact_name IS NULL THEN NULL ELSE ?1 END,"
                + " contact_phone = CASE WHEN contact_phone IS NULL THEN NULL ELSE ?2 END,"
                + " version = version + 1, updated_at = ?3"
                + " WHERE customer_id = ?4 AND (contact_name <> ?1 OR contact_phone <> ?2)")
                .setParameter(1, Masking.ERASED_NAME).setParameter(2, Masking.ERASED_PHONE).setParameter(3, now)
                .setParameter(4, customerId).executeUpdate();
    }
}
