package io.fieldback.followup;

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


    static Questionnaire current() {
        return find("order by versionNumber desc").firstResult();
    }

    static Optional<Questionnaire> byVersion(int versionNumber) {
        return find("versionNumber", versionNumber).firstResultOptional();
    }

    Optional<QuestionnaireItem> item(String code) {
        return items.stream().filter(i -> i.code.equals(code)).findFirst();
    }
}
