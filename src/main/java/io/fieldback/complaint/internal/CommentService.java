package io.fieldback.complaint.internal;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.security.Caller;
import io.fieldback.security.Roles;

/** Remarks on a complaint by anyone who may see it; dealers comment on their customers' complaints. */
@ApplicationScoped
class CommentService {

    private final ComplaintRegistry complaints;
    private final Caller caller;

    public CommentService(ComplaintRegistry complaints, Caller caller) {
        this.complaints = complaints;
        this.caller = caller;
    }

    @Transactional
    public ComplaintCommentView create(UUID complaintId, CommentRequest request) {
        Complaint complaint = complaints.visible(complaintId);
        ComplaintComment comment = new ComplaintComment();
        comment.complaintId = complaint.id;
        comment.author = caller.name();
        comment.authorRole = Roles.ALL.stream().filter(caller::is).findFirst().orElse("unknown");
        comment.text = request.text();
        comment.persistAndFlush();
        return ComplaintCommentView.of(comment);
    }

    @Transactional
    public ComplaintCommentView get(UUID complaintId, UUID id) {
        complaints.visible(complaintId);
        ComplaintComment comment = ComplaintComment.findById(id);
        if (comment == null || !comment.complaintId.equals(complaintId)) {
            throw ApiException.notFound("comment " + id);
        }
        return ComplaintCommentView.of(comment);
    }

    /** Oldest first. */
    @Transactional
    public Page<ComplaintCommentView> list(UUID complaintId, PageParams paging) {
        complaints.visible(complaintId);
        return Keyset.page(ComplaintComment.class, new Filter().eq("e.complaintId", complaintId), paging,
                ComplaintCommentView::of);
    }
}
