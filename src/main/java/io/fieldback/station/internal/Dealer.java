package io.fieldback.station.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;

/** A dealer: runs one or more service stations and may sync its repair orders through the API. */
@Entity
@Table(name = "dealers")
public class Dealer extends BaseEntity {

    @Column(nullable = false, length = 32, unique = true)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "may_create_customers", nullable = false)
    public boolean mayCreateCustomers;
}
