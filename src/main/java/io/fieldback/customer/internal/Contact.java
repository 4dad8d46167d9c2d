package io.fieldback.customer.internal;

import java.time.LocalTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;
import io.fieldback.customer.ContactRole;

/** A person at a customer whom agents call, with the window in which they prefer to be called. */
@Entity
@Table(name = "contacts")
public class Contact extends BaseEntity {

    @Column(name = "customer_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID customerId;

    @Column(nullable = false, length = 100)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public ContactRole role;

    @Column(nullable = false, length = 16)
    public String phone;

    @Column(name = "call_window_start")
    public LocalTime callWindowStart;

    @Column(name = "call_window_end")
    public LocalTime callWindowEnd;

    /** The contact follow-up calls go to. */
    @Column(nullable = false)
    public boolean preferred;

    @Column(nullable = false)
    public boolean active = true;
}
