package io.fieldback.followup.internal;

import io.fieldback.followup.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;

/**
 * One version of the follow-up questionnaire. Versions never change once created; the newest is the
 * one agents are given, and every completed call keeps the version its answers were given under.
 */
@Entity
@Table(name = "followup_questionnaires")
public class Questionnaire extends BaseEntity {

    @Column(name = "version_number", nullable = false)
    public int versionNumber;

    @Column(nullable = false, length = 200)
    public String title;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "followup_questionnaire_items", joinColumns = @JoinColumn(name = "questionnaire_id"))
    @OrderColumn(name = "position")
    public List<QuestionnaireItem> items = new ArrayList<>();

    @Column(name = "created_by", nullable = false, length = 200)
    public String createdBy;

    /** FIRST_FOLLOW_UP: after service (also asked on the other calls); AFTER_DELIVERY: the post-delivery call's own. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 32)
    public CallPurpose purpose = CallPurpose.FIRST_FOLLOW_UP;


    public static Questionnaire current() {
        return current(CallPurpose.FIRST_FOLLOW_UP);
    }

    /** The newest version of the purpose's own questionnaire; purposes without one ask the after-service one. */
    public static Questionnaire current(CallPurpose purpose) {
        Questionnaire own = find("purpose = ?1 order by versionNumber desc", ownFor(purpose)).firstResult();
        return own != null ? own : find("purpose = ?1 order by versionNumber desc", CallPurpose.FIRST_FOLLOW_UP)
                .firstResult();
    }

    /** The questionnaire a call of this purpose answers: after delivery its own, every other the after-service one. */
    public static CallPurpose ownFor(CallPurpose purpose) {
        return purpose == CallPurpose.AFTER_DELIVERY ? CallPurpose.AFTER_DELIVERY : CallPurpose.FIRST_FOLLOW_UP;
    }

    public static Optional<Questionnaire> byVersion(int versionNumber) {
        return find("versionNumber", versionNumber).firstResultOptional();
    }

    public Optional<QuestionnaireItem> item(String code) {
        return items.stream().filter(i -> i.code.equals(code)).findFirst();
    }
}
