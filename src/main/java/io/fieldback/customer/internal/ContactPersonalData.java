package io.fieldback.customer.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.privacy.Masking;
import io.fieldback.privacy.PersonalDataHolder;
import io.fieldback.privacy.PersonalValues;
import io.quarkus.hibernate.orm.panache.Panache;

/** The names and phones of the customer's contacts. */
@ApplicationScoped
class ContactPersonalData implements PersonalDataHolder {

    @Override
    public Scope scope() {
        return Scope.CONTACTS;
    }

    @Override
    public Set<String> personalValues(UUID customerId) {
        return PersonalValues.of(Panache.getEntityManager()
                .createNativeQuery("SELECT name, phone FROM contacts WHERE customer_id = ?1")
                .setParameter(1, customerId));
    }

    @Override
    public int erase(UUID customerId, Instant now) {
        return Panache.getEntityManager().createNativeQuery("UPDATE contacts SET name = ?1, phone = ?2,"
                + " version = version + 1, updated_at = ?3 WHERE customer_id = ?4 AND (name <> ?1 OR phone <> ?2)")
                .setParameter(1, Masking.ERASED_NAME).setParameter(2, Masking.ERASED_PHONE).setParameter(3, now)
                .setParameter(4, customerId).executeUpdate();
    }
}
