package io.fieldback.customer.internal;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.ETags;
import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.customer.ContactRequest;
import io.fieldback.customer.ContactService;
import io.fieldback.customer.ContactView;
import io.fieldback.customer.CustomerChanged;
import io.fieldback.privacy.AuditAction;
import io.fieldback.privacy.PersonalData;

/** A customer's contacts; the preferred one is the one follow-up calls go to. */
@ApplicationScoped
class ContactRegistry implements ContactService {

    private final CustomerRegistry customers;
    private final PersonalData privacy;
    private final Event<CustomerChanged> changes;

    public ContactRegistry(CustomerRegistry customers, PersonalData privacy, Event<CustomerChanged> changes) {
        this.changes = changes;
        this.customers = customers;
        this.privacy = privacy;
    }

    @Transactional
    public ContactView create(UUID customerId, ContactRequest request) {
        customers.visible(customerId);
        Contact contact = new Contact();
        contact.customerId = customerId;
        apply(contact, request);
        contact.persist();
        privacy.changed(AuditAction.CREATE, "contact", contact.id, customerId, "name,phone");
        changes.fire(new CustomerChanged(customerId, "contact"));
        return Views.contact(contact);
    }

    @Transactional
    public Page<ContactView> list(UUID customerId, Boolean active, PageParams paging) {
        Customer customer = customers.visible(customerId);
        Filter filter = new Filter().eq("e.customerId", customerId)
                .eq("e.active", active == null ? Boolean.TRUE : active);
        boolean clear = privacy.clear(PersonalData.View.CUSTOMER, customerId, customer.dealerId);
        return Keyset.page(Contact.class, filter, paging, contact -> view(contact, clear));
    }

    @Transactional
    public ContactView get(UUID customerId, UUID id) {
        Contact contact = visible(customerId, id);
        Customer customer = Customer.findById(customerId);
        return view(contact, privacy.clear(PersonalData.View.CUSTOMER, customerId, customer.dealerId));
    }

    @Transactional
    public ContactView update(UUID customerId, UUID id, ContactRequest request, String ifMatch) {
        Contact contact = visible(customerId, id);
        ETags.require(ifMatch, contact.version);
        String changed = (contact.name.equals(request.name()) ? "" : "name,")
                + (contact.phone.equals(request.phone()) ? "" : "phone");
        apply(contact, request);
        if (!changed.isEmpty()) {
            privacy.changed(AuditAction.UPDATE, "contact", id, customerId, changed.replaceAll(",$", ""));
        }
        Contact.flush();
        changes.fire(new CustomerChanged(customerId, "contact"));
        return Views.contact(contact);
    }

    @Transactional
    public void deactivate(UUID customerId, UUID id) {
        visible(customerId, id).active = false;
        privacy.changed(AuditAction.DEACTIVATE, "contact", id, customerId, null);
        Contact.flush();
        changes.fire(new CustomerChanged(customerId, "contact"));
    }

    /** The contact as the caller may see it; reads in clear are audited. */
    private ContactView view(Contact contact, boolean clear) {
        if (clear) {
            privacy.read("contact", contact.id, contact.customerId, "name,phone");
        }
        return Views.contact(contact, clear);
    }

    /**
     * The contact follow-up calls go to: the active preferred one, else the active contact registered
     * first; null when the customer has no active contact. Ignores the caller's tenancy (system use).
     */
    @Transactional
    public ContactView callTarget(UUID customerId) {
        Contact contact = Contact.<Contact>find("customerId = ?1 and active = true order by preferred desc, id",
                customerId).firstResult();
        return contact == null ? null : Views.contact(contact);
    }

    /** The contact whatever the caller's tenancy (system use: notifications); null when there is none. */
    @Transactional
    public ContactView system(UUID id) {
        Contact contact = Contact.findById(id);
        return contact == null ? null : Views.contact(contact);
    }

    /** Several contacts whatever the caller's tenancy, in one query (system use: a batch of notifications). */
    @Transactional
    public java.util.List<ContactView> system(java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? java.util.List.of()
                : Contact.<Contact>list("id in ?1", ids).stream().map(Views::contact).toList();
    }

    /** A customer's active contacts, the preferred one first; ignores the caller's tenancy (system use). */
    @Transactional
    public java.util.List<ContactView> activeContacts(UUID customerId) {
        return Contact.<Contact>list("customerId = ?1 and active = true order by preferred desc, id", customerId)
                .stream().map(Views::contact).toList();
    }

    /**
     * The active contacts of several customers, each customer's preferred one first (its call target), in one
     * query; a customer without any is left out. Ignores the caller's tenancy (system use: outbox readers).
     */
    @Transactional
    public java.util.Map<UUID, java.util.List<ContactView>> activeContacts(java.util.Collection<UUID> customerIds) {
        if (customerIds.isEmpty()) {
            return java.util.Map.of();
        }
        return Contact.getEntityManager().createQuery(Views.CONTACTS + " where c.customerId in ?1 and c.active = true"
                + " order by c.preferred desc, c.id", ContactView.class).setParameter(1, java.util.Set.copyOf(customerIds))
                .getResultStream().collect(java.util.stream.Collectors.groupingBy(ContactView::customerId,
                        java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()));
    }

    private Contact visible(UUID customerId, UUID id) {
        customers.visible(customerId);
        Contact contact = Contact.findById(id);
        if (contact == null || !contact.customerId.equals(customerId)) {
            throw ApiException.notFound("contact " + id);
        }
        return contact;
    }

    private static void apply(Contact contact, ContactRequest request) {
        contact.name = request.name();
        contact.role = request.role();
        contact.phone = request.phone();
        contact.callWindowStart = request.callWindowStart();
        contact.callWindowEnd = request.callWindowEnd();
        contact.preferred = Boolean.TRUE.equals(request.preferred());
        if (contact.preferred) {
            // one preferred contact per customer: the one follow-up calls go to. The others change, so
            // their version (ETag) moves on too: a client still holding the old one gets 412.
            Contact.update("preferred = false, version = version + 1, updatedAt = ?3"
                    + " where customerId = ?1 and id <> ?2 and preferred = true", contact.customerId,
                    contact.id == null ? new UUID(0, 0) : contact.id, java.time.Instant.now());
        }
    }
}
