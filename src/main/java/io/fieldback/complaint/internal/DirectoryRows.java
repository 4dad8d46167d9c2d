package io.fieldback.complaint.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.fieldback.customer.CustomerFacts;
import io.fieldback.visit.VisitFacts;

/**
 * Read-only mappings of the views customer and visit publish (their read contract, changesets 144 and 146), so
 * complaints' JPQL can scope by dealer without naming those modules' entities or tables. Never written.
 */
final class DirectoryRows {

    private DirectoryRows() {
    }

    /** A customer as complaints see it: the dealer serving it. */
    @Entity(name = "ComplaintCustomerFact")
    @Immutable
    @Table(name = CustomerFacts.CUSTOMERS)
    static class CustomerFact {
        @Id
        @Column(columnDefinition = "BINARY(16)")
        public UUID id;

        @Column(name = "dealer_id", columnDefinition = "BINARY(16)")
        public UUID dealerId;
    }

    /** A machine as complaints see it: whose it is. */
    @Entity(name = "ComplaintEquipmentFact")
    @Immutable
    @Table(name = CustomerFacts.EQUIPMENT)
    static class EquipmentFact {
        @Id
        @Column(columnDefinition = "BINARY(16)")
        public UUID id;

        @Column(name = "customer_id", columnDefinition = "BINARY(16)")
        public UUID customerId;
    }

    /** A visit as complaints see it: whose it was and which dealer's station made it. */
    @Entity(name = "ComplaintVisitFact")
    @Immutable
    @Table(name = VisitFacts.VISITS)
    static class VisitFact {
        @Id
        @Column(columnDefinition = "BINARY(16)")
        public UUID id;

        @Column(name = "customer_id", columnDefinition = "BINARY(16)")
        public UUID customerId;

        @Column(name = "dealer_id", columnDefinition = "BINARY(16)")
        public UUID dealerId;
    }
}
