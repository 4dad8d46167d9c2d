package io.fieldback.privacy;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.privacy.internal.AuditLog;
import io.fieldback.privacy.internal.CustomerErasure;
import io.fieldback.security.Caller;
import io.fieldback.security.Roles;
import io.fieldback.visit.VisitFacts;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Who sees customers' names and phone numbers in clear, and the audit of it. Features call this where
 * they build their views: {@link #clear} decides, {@link #name}/{@link #phone} mask, and
 * {@link #read}/{@link #changed} write the audit event inside the feature's own transaction.
 *
 * <pre>
 *                       customers, contacts          follow-up calls     complaints
 * admin                 clear                        clear               clear
 * agent                 clear (they call anyone)     clear               masked
 * handler               clear (first contact)        masked              clear
 * dealer                clear: own customers only    -                   clear: own customers only
 * station-manager       clear: a visit at its station  -                 -
 * technician            clear: a visit at its station  -                 -
 * analyst               masked                       masked              masked
 * vendor                -                            -                   -
 * </pre>
 * Work done without a request (scheduled jobs) is the system's own and sees everything, unaudited.
 */
@ApplicationScoped
public class PersonalData {

    /** The kind of view personal data is shown in; each has its own need to know. */
    public enum View {
        CUSTOMER, FOLLOW_UP, COMPLAINT
    }

    private final Caller caller;
    private final AuditLog log;

    public PersonalData(Caller caller, AuditLog log) {
        this.caller = caller;
        this.log = log;
    }

    /** Whether the caller may see this customer's names and phones in clear in this kind of view. */
    public boolean clear(View view, UUID customerId, UUID customerDealerId) {
        if (!Arc.container().requestContext().isActive() || caller.is(Roles.ADMIN)) {
            return true;
        }
        return switch (view) {
            case CUSTOMER -> caller.isAny(Roles.AGENT, Roles.HANDLER) || ownCustomer(customerDealerId)
                    || visitedByOwnStation(customerId);
            case FOLLOW_UP -> caller.is(Roles.AGENT);
            case COMPLAINT -> caller.is(Roles.HANDLER) || ownCustomer(customerDealerId);
        };
    }

    /**
     * Whether the caller may look customers up by name or phone. Analysts, who see neither, may not:
     * a search by a number would tell them whose number it is.
     */
    public boolean maySearchByPersonalData() {
        return !Arc.container().requestContext().isActive() || !caller.is(Roles.ANALYST) || caller.is(Roles.ADMIN);
    }

    public static String name(String name, boolean clear) {
        return clear ? name : Masking.name(name);
    }

    public static String phone(String phone, boolean clear) {
        return clear ? phone : Masking.phone(phone);
    }

    /** Audits that personal data of a record went to the caller in clear; call only when it did. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void read(String resourceType, UUID resourceId, UUID customerId, String fields) {
        if (Arc.container().requestContext().isActive()) {
            log.record(AuditAction.READ, resourceType, resourceId, customerId, fields, null);
        }
    }

    /** Audits a change of personal data, in the transaction that makes it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(AuditAction action, String resourceType, UUID resourceId, UUID customerId, String fields) {
        log.record(action, resourceType, resourceId, customerId, fields, null);
    }

    /** Whether the customer's personal data was erased (it then stays on do-not-call). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean erased(UUID customerId) {
        return customerId != null && CustomerErasure.findById(customerId) != null;
    }

    private boolean ownCustomer(UUID customerDealerId) {
        UUID dealer = caller.is(Roles.DEALER) ? caller.dealerId() : null;
        return dealer != null && dealer.equals(customerDealerId);
    }

    /** Station managers and technicians need the contacts of the customers their station serves. */
    private boolean visitedByOwnStation(UUID customerId) {
        UUID station = caller.isAny(Roles.STATION_MANAGER, Roles.TECHNICIAN) ? caller.stationId() : null;
        if (station == null || customerId == null) {
            return false;
        }
        return !Panache.getEntityManager()
                .createNativeQuery(
                        "SELECT 1 FROM " + VisitFacts.VISITS + " WHERE customer_id = ?1 AND station_id = ?2 LIMIT 1")
                .setParameter(1, customerId).setParameter(2, station).getResultList().isEmpty();
    }
}
