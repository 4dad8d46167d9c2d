package io.fieldback.complaint.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;

/** A department that answers for complaints, with the supervisor missed deadlines are escalated to. */
@Entity
@Table(name = "departments")
class Department extends BaseEntity {

    @Column(nullable = false, length = 32, unique = true)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "supervisor_name", nullable = false, length = 100)
    public String supervisorName;

    @Column(name = "supervisor_contact", nullable = false, length = 200)
    public String supervisorContact;

    @Column(nullable = false)
    public boolean active = true;

    static Department byCode(String code) {
        return find("code", code).firstResult();
    }
}
