package io.fieldback.customer.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.common.RowLocks;
import io.fieldback.privacy.ErasureSubjects;
import io.fieldback.privacy.Masking;
import io.fieldback.privacy.PersonalDataHolder;
import io.fieldback.privacy.PersonalValues;
import io.quarkus.hibernate.orm.panache.Panache;

/** The customer's name; an erased customer is put on do-not-call for good (a trigger keeps it there). */
@ApplicationScoped
class CustomerPersonalData implements PersonalDataHolder, ErasureSubjects {

    @Override
    public boolean lock(UUID customerId) {
        // a plain read first: a locking read on a missing id would take a gap lock
        return !Panache.getEntityManager().createNativeQuery("SELECT 1 FROM customers WHERE id = ?1")
                .setParameter(1, customerId).getResultList().isEmpty() && RowLocks.lock("customers", customerId);
    }

    @Override
    public Scope scope() {
        return Scope.CUSTOMERS;
    }

    @Override
    public Set<String> personalValues(UUID customerId) {
        return PersonalValues.of(Panache.getEntityManager()
                .createNativeQuery("SELECT name, NULL FROM customers WHERE id = ?1").setParameter(1, customerId));
    }

    @Override
    public int erase(UUID customerId, Instant now) {
        return Panache.getEntityManager().createNativeQuery("UPDATE customers SET name = ?1, do_not_call = TRUE,"
                + " version = version + 1, updated_at = ?2 WHERE id = ?3 AND (name <> ?1 OR do_not_call = FALSE)")
                .setParameter(1, Masking.ERASED_NAME).setParameter(2, now).setParameter(3, customerId)
                .executeUpdate();
    }
}
