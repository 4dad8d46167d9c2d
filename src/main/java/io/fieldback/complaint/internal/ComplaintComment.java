package io.fieldback.complaint.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;

/** A remark on a complaint by anyone who may see it, dealers included. */
@Entity
@Table(name = "complaint_comments")
class ComplaintComment extends BaseEntity {

    @Column(name = "complaint_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID complaintId;

    @Column(nullable = false, length = 200)
    public String author;

    @Column(name = "author_role", nullable = false, length = 20)
    public String authorRole;

    @Column(nullable = false, length = 2000)
    public String text;
}
